import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ApiToken } from '../../api/types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { CreateTokenButton } from './create-token-modal';
import { TokensTable } from './tokens-table';

export const tokensKey = ['tokens'] as const;

/** API tokens of the organisation: for systems that call Lingkar (ERP, bank core). */
export function TokensPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => api.get<ApiToken[]>('/api/tokens', undefined, signal) });
  return (
    <>
      <PageHeader title={t('tokens.title')} description={t('tokens.description')} actions={<CreateTokenButton />} />
      <QueryView query={query} empty={t('tokens.empty')}>
        {(tokens) => <TokensTable tokens={tokens} />}
      </QueryView>
    </>
  );
}
