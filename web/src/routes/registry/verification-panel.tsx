import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IkmProfile } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { formatDateTime } from '../../components/format';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { canEditIkm, canSeeHistory, canVerify } from './access';
import { historyQuery } from './queries';
import { ReturnButton } from './return-modal';
import { changedFieldLabels, chronological } from './status-history';

/** Where the profile stands in verification, and the next step for this user (submit, verify, send back). */
export function VerificationPanel({ profile }: { profile: IkmProfile }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const editable = canEditIkm(me, profile.orgId);
  const verifier = canVerify(me);
  const history = useQuery({ ...historyQuery(profile.orgId), enabled: canSeeHistory(me, profile.orgId) });
  const last = history.data ? chronological(history.data).at(-1) : undefined;
  const reverify = profile.status === 'submitted' && last?.action === 'reverify' ? last : null;
  const done = async (p: IkmProfile) => {
    queryClient.setQueryData(['registry', 'ikm', 'one', p.orgId], p);
    await queryClient.invalidateQueries({ queryKey: ['registry'] });
  };
  const act = useMutation({
    mutationFn: (action: 'submit' | 'verify') => api.post<IkmProfile>(`/api/ikm/${profile.orgId}/${action}`),
    onSuccess: done,
  });
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);

  const submitButton = editable && (profile.status === 'draft' || profile.status === 'returned') && (
    <Button loading={act.isPending && act.variables === 'submit'} onClick={() => act.mutate('submit')}>
      {profile.status === 'returned' ? t('registry.verify.resubmit') : t('registry.verify.submit')}
    </Button>
  );
  const verifierButtons = verifier && profile.status === 'submitted' && (
    <>
      <Button color="teal" loading={act.isPending && act.variables === 'verify'} onClick={() => act.mutate('verify')}>
        {t('registry.verify.verify')}
      </Button>
      <ReturnButton profile={profile} onDone={done} />
    </>
  );

  const body = {
    draft: { color: 'blue', title: t('registry.verify.draftTitle'), text: editable ? t('registry.verify.draftHelpEditor') : t('registry.verify.draftHelp') },
    submitted: { color: 'yellow', title: t('registry.verify.submittedTitle'), text: t('registry.verify.submittedHelp', { at: when(profile.submittedAt) }) },
    returned: { color: 'red', title: t('registry.verify.returnedTitle'), text: editable ? t('registry.verify.returnedHelpEditor') : t('registry.verify.returnedHelp') },
    verified: { color: 'teal', title: t('registry.verify.verifiedTitle'), text: t('registry.verify.verifiedHelp', { at: when(profile.verifiedAt) }) },
  }[profile.status];

  return (
    <Alert color={body.color} title={body.title} data-testid="verification-panel">
      <Stack gap="xs">
        <Text size="sm">{body.text}</Text>
        {reverify && (
          <Text size="sm" fw={600} data-testid="reverify-notice">
            {t('registry.verify.reverifyNotice', { fields: changedFieldLabels(reverify.changedFields, t) })}
          </Text>
        )}
        {profile.status === 'returned' && profile.statusReasons.length > 0 && (
          <List size="sm" data-testid="return-reasons">
            {profile.statusReasons.map((r, i) => <List.Item key={i}>{r}</List.Item>)}
          </List>
        )}
        <FormError message={act.isError ? errorMessage(t, act.error) : null} />
        {(submitButton || verifierButtons || (verifier && profile.status === 'verified')) && (
          <Group gap="xs">
            {submitButton}
            {verifierButtons}
            {verifier && profile.status === 'verified' && <ReturnButton profile={profile} onDone={done} label={t('registry.verify.revoke')} />}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
