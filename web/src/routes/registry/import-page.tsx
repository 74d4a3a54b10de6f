import { useEffect, useState } from 'react';
import { Alert, Button, Paper, Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../api/registry-types';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { ImportMappingStep } from './import-mapping-step';
import { ImportDoneStep, ImportProgress, ImportResultStep } from './import-result-step';
import { ImportUploadStep } from './import-upload-step';
import { importQuery } from './queries';

const route = getRouteApi('/app/registri/impor');

/** Which step an import is at (remapping: the user went back from the dry run's report). */
function stepOf(r: ImportRecord, remapping: boolean): number {
  if (remapping || r.status === 'uploaded') return 1;
  if (r.status === 'validating' || r.status === 'validated') return 2;
  if (r.status === 'failed') return r.options ? 3 : 2;
  return r.status === 'committed' ? 4 : 3;
}

function Wizard({ record, remapping, setRemapping, onRecord, restart }: { record: ImportRecord; remapping: boolean; setRemapping: (v: boolean) => void; onRecord: (r: ImportRecord) => void; restart: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const step = stepOf(record, remapping);
  const failed = record.status === 'failed' && (
    <Alert color="red" title={t('registry.import.failedTitle')} mb="sm">
      {record.message ?? t('errors.unknown')}
      <div style={{ marginTop: 8 }}>
        <Button size="xs" variant="light" color="red" onClick={() => setRemapping(true)}>{t('registry.import.backToMapping')}</Button>
      </div>
    </Alert>
  );
  return (
    <Stepper active={step} orientation={phone ? 'vertical' : 'horizontal'} size="sm" allowNextStepsSelect={false}>
      <Stepper.Step label={t('registry.import.steps.upload')} description={record.filename} />
      <Stepper.Step label={t('registry.import.steps.mapping')}>
        <ImportMappingStep key={record.updatedAt} record={record} onBack={restart} onValidating={(r) => { setRemapping(false); onRecord(r); }} />
      </Stepper.Step>
      <Stepper.Step label={t('registry.import.steps.dryRun')}>
        {failed}
        {record.status === 'validating' && <ImportProgress record={record} />}
        {record.status === 'validated' && <ImportResultStep record={record} onCommitting={onRecord} onRemap={() => setRemapping(true)} />}
      </Stepper.Step>
      <Stepper.Step label={t('registry.import.steps.commit')}>
        {failed}
        {record.status === 'committing' && <ImportProgress record={record} />}
      </Stepper.Step>
      <Stepper.Completed>
        <ImportDoneStep record={record} onAnother={restart} />
      </Stepper.Completed>
    </Stepper>
  );
}

/** Import wizard (programme staff): upload → column mapping → dry run with every bad row → commit, with progress. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id } = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const [remapping, setRemapping] = useState(false);
  const query = useQuery({ ...importQuery(id ?? ''), enabled: !!id });
  const onRecord = (r: ImportRecord) => {
    queryClient.setQueryData(['registry', 'imports', r.id], r);
    if (r.id !== id) void navigate({ search: { id: r.id } });
  };
  const restart = () => {
    setRemapping(false);
    void navigate({ search: { id: undefined } });
  };
  const status = query.data?.status;
  useEffect(() => {
    if (status === 'committed') void queryClient.invalidateQueries({ queryKey: ['registry', 'ikm'] });
  }, [status, queryClient]);
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  return (
    <>
      <PageHeader title={t('registry.import.title')} description={t('registry.import.description')} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
        {!id ? (
          <Stepper active={0} size="sm" orientation={phone ? 'vertical' : 'horizontal'}>
            <Stepper.Step label={t('registry.import.steps.upload')}>
              <ImportUploadStep onUploaded={onRecord} />
            </Stepper.Step>
            <Stepper.Step label={t('registry.import.steps.mapping')} />
            <Stepper.Step label={t('registry.import.steps.dryRun')} />
            <Stepper.Step label={t('registry.import.steps.commit')} />
          </Stepper>
        ) : (
          <QueryView query={query}>{(r) => <Wizard record={r} remapping={remapping} setRemapping={setRemapping} onRecord={onRecord} restart={restart} />}</QueryView>
        )}
      </Paper>
    </>
  );
}
