import { useState } from 'react';
import { Alert, Button, Card, Group, NumberInput, Progress, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { CRITERION_KEYS, type Weights, type WeightsList } from '../../api/matching-types';
import { ConfirmButton } from '../../components/confirm-button';
import { formatDateTime } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { formatScore } from './format';
import { matchingApi, weightsQuery } from './queries';

const NEW = '__new__';
const SECTOR = /^[a-z][a-z0-9_]{0,62}$/;

function Editor({ list, canEdit }: { list: WeightsList; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState('default');
  const [newSector, setNewSector] = useState('');
  const sector = choice === NEW ? newSector.trim() : choice;
  const stored = list.sectors.find((s) => s.sector === sector);
  const base = stored?.weights ?? list.sectors.find((s) => s.sector === 'default')?.weights ?? list.defaults;
  const [w, setW] = useState<Weights>(base);
  const [shown, setShown] = useState({ choice, base });
  if (shown.choice !== choice || shown.base !== base) {
    setShown({ choice, base });
    setW(base);
  }
  const total = CRITERION_KEYS.reduce((s, k) => s + Math.max(0, w[k] || 0), 0);
  const sectorError = choice === NEW && newSector && !SECTOR.test(sector) ? t('matching.weights.sectorInvalid') : undefined;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['matching'] });
  const save = useMutation({ mutationFn: () => matchingApi.setWeights(sector, w), onSuccess: () => { refresh(); if (choice === NEW) setChoice(sector); } });
  const options = [
    { value: 'default', label: t('matching.weights.defaultSector') },
    ...list.sectors.filter((s) => s.sector !== 'default').map((s) => ({ value: s.sector, label: s.sector })),
    ...(canEdit ? [{ value: NEW, label: t('matching.weights.newSector') }] : []),
  ];

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select label={t('matching.weights.sector')} data={options} value={choice} onChange={(v) => { setChoice(v ?? 'default'); save.reset(); }} w={280} allowDeselect={false} />
        {choice === NEW && <TextInput label={t('matching.weights.sectorKey')} placeholder="otomotif_roda_dua" value={newSector} onChange={(e) => setNewSector(e.currentTarget.value)} error={sectorError} w={260} />}
      </Group>
      <Text size="sm" c="dimmed">
        {stored ? t('matching.weights.updatedAt', { at: formatDateTime(stored.updatedAt, i18n.language) }) : choice === 'default' ? t('matching.weights.builtIn') : t('matching.weights.inherits')}
      </Text>
      <Card withBorder>
        <Stack gap="sm">
          <FormError message={save.isError ? errorMessage(t, save.error) : null} />
          {save.isSuccess && <Alert color="green" variant="light" role="status">{t('matching.weights.saved')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {CRITERION_KEYS.map((k) => {
              const pct = total > 0 ? (Math.max(0, w[k] || 0) / total) * 100 : 0;
              return (
                <Stack key={k} gap={4}>
                  <NumberInput label={t(`matching.criteria.${k}`)} min={0} max={1000} step={1} allowNegative={false} value={w[k]} disabled={!canEdit} onChange={(v) => setW((x) => ({ ...x, [k]: typeof v === 'number' ? v : Number(v) || 0 }))} />
                  <Group gap="xs" wrap="nowrap">
                    <Progress value={pct} size="sm" style={{ flex: 1 }} aria-hidden />
                    <Text size="xs" c="dimmed" w={48} ta="right">{formatScore(pct, i18n.language)}%</Text>
                  </Group>
                </Stack>
              );
            })}
          </SimpleGrid>
          {total <= 0 && <Text size="sm" c="red">{t('matching.weights.allZero')}</Text>}
          {canEdit && (
            <Group justify="flex-end" gap="xs">
              {stored && (
                <ConfirmButton title={t('matching.weights.reset')} message={t('matching.weights.resetConfirm', { sector })} confirmLabel={t('matching.weights.reset')} onConfirm={() => matchingApi.resetWeights(sector)} onDone={() => { refresh(); if (sector !== 'default') setChoice('default'); }} buttonProps={{ size: 'sm', variant: 'subtle' }}>
                  {t('matching.weights.reset')}
                </ConfirmButton>
              )}
              <Button disabled={total <= 0 || !SECTOR.test(sector)} loading={save.isPending} onClick={() => save.mutate()}>{t('common.save')}</Button>
            </Group>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

/** Programme admins set the matching weights per sector (relative; shown as shares of 100). */
export function WeightsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const query = useQuery(weightsQuery);
  const canEdit = me.kind === 'programme' && me.roles.includes('admin');
  return (
    <>
      <PageHeader title={t('matching.weights.title')} description={t('matching.weights.description')} />
      <QueryView query={query}>{(list) => <Editor list={list} canEdit={canEdit} />}</QueryView>
    </>
  );
}
