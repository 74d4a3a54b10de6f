import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { updateOrganisation } from './queries';

/** Programme admins switch an organisation off (its users can no longer sign in) or back on. */
export function ToggleOrganisationButton({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const deactivate = organisation.isActive;
  return (
    <ConfirmButton
      color={deactivate ? 'red' : 'teal'}
      title={deactivate ? t('organisations.deactivateTitle') : t('organisations.activateTitle')}
      message={deactivate ? t('organisations.deactivateConfirm', { name: organisation.name }) : t('organisations.activateConfirm', { name: organisation.name })}
      confirmLabel={deactivate ? t('common.deactivate') : t('common.activate')}
      onConfirm={() => updateOrganisation(organisation.id, { isActive: !deactivate })}
      onDone={() => void queryClient.invalidateQueries({ queryKey: ['organisations'] })}
    >
      {deactivate ? t('common.deactivate') : t('common.activate')}
    </ConfirmButton>
  );
}
