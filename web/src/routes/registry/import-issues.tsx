import { useState } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ImportDuplicate, ImportRowError } from '../../api/registry-types';
import { DataTable } from '../../components/data-table';
import { PaginationBar } from '../../components/pagination-bar';
import { QueryView } from '../../components/query-view';
import { importIssuesQuery } from './queries';

/** Every bad row and field of the dry run, with the reason (in Indonesian, from the server). */
export function ImportErrors({ id }: { id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(importIssuesQuery(id, 'errors', page));
  return (
    <QueryView query={query}>
      {(data) => (
        <div data-testid="import-errors">
          <DataTable<ImportRowError>
            rows={data.items}
            rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.column ?? ''}-${e.message}`}
            minWidth={640}
            columns={[
              { id: 'row', header: t('registry.import.row'), card: 'title', nowrap: true, cell: (e) => t('registry.import.rowN', { n: e.row }) },
              { id: 'column', header: t('registry.import.column'), cell: (e) => e.column ?? e.field ?? '—' },
              { id: 'value', header: t('registry.import.value'), cell: (e) => <Text size="sm" ff="monospace" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>{e.value || '—'}</Text> },
              { id: 'message', header: t('registry.import.reason'), cell: (e) => <Text size="sm" c="red.8">{e.message}</Text> },
            ]}
          />
          <PaginationBar page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
        </div>
      )}
    </QueryView>
  );
}

/** Rows skipped because their NIB is already registered or repeats an earlier row. */
export function ImportDuplicates({ id }: { id: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useQuery(importIssuesQuery(id, 'duplicates', page));
  return (
    <QueryView query={query}>
      {(data) => (
        <>
          <DataTable<ImportDuplicate>
            rows={data.items}
            rowKey={(d) => `${d.row}-${d.nib}`}
            minWidth={640}
            columns={[
              { id: 'row', header: t('registry.import.row'), card: 'title', nowrap: true, cell: (d) => t('registry.import.rowN', { n: d.row }) },
              { id: 'nib', header: 'NIB', cell: (d) => <Text size="sm" ff="monospace">{d.nib}</Text> },
              { id: 'name', header: t('registry.fields.legalName'), cell: (d) => d.legalName },
              {
                id: 'message',
                header: t('registry.import.reason'),
                cell: (d) => (
                  <>
                    {d.message}{' '}
                    {d.existingOrgId && (
                      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId" params={{ orgId: d.existingOrgId! }} />}>
                        {t('registry.import.seeExisting')}
                      </Anchor>
                    )}
                  </>
                ),
              },
            ]}
          />
          <PaginationBar page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
        </>
      )}
    </QueryView>
  );
}
