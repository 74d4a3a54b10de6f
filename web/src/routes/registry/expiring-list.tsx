import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ExpiringCertification } from '../../api/registry-types';
import { DataTable } from '../../components/data-table';
import { formatDate } from '../../components/format';
import { QueryView } from '../../components/query-view';
import { CertStatusBadge } from './badges';
import { expiringQuery } from './queries';
import { useVocab } from './use-vocab';

/** Certificates expired or expiring within 60 days, across IKM (programme staff). */
export function ExpiringList() {
  const { t, i18n } = useTranslation();
  const { label } = useVocab();
  const query = useQuery(expiringQuery);
  return (
    <QueryView query={query} empty={t('registry.expiring.none')}>
      {(data) => (
        <DataTable<ExpiringCertification>
          rows={data.items}
          rowKey={(c) => `${c.orgId}-${c.kind}-${c.number}`}
          minWidth={640}
          columns={[
            {
              id: 'ikm',
              header: t('registry.fields.legalName'),
              card: 'title',
              cell: (c) => <Anchor renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId" params={{ orgId: c.orgId }} />}>{c.legalName}</Anchor>,
            },
            { id: 'kind', header: t('registry.fields.certKind'), cell: (c) => label('certificationKinds', c.kind) },
            { id: 'number', header: t('registry.fields.certNumber'), cell: (c) => c.number },
            { id: 'expires', header: t('registry.fields.certExpires'), nowrap: true, cell: (c) => formatDate(c.expiresOn, i18n.language) },
            { id: 'status', header: t('registry.fields.certStatus'), nowrap: true, cell: (c) => <CertStatusBadge status={c.status} daysLeft={c.daysLeft} /> },
          ]}
        />
      )}
    </QueryView>
  );
}
