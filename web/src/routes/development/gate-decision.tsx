import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GATE_STAGES, type GateStage, type Project } from '../../api/development-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';
import { devApi } from './queries';

type Kind = 'submit' | 'approve' | 'reject' | 'cancel';

/** Submit, approve, reject (with a reason and the stage to go back to) or cancel — each in a small dialog. */
export function GateDecisionButton({ kind, project, onDone }: { kind: Kind; project: Project; onDone: (p: Project) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [back, setBack] = useState<GateStage | null>(null);
  const needsReason = kind === 'reject' || kind === 'cancel';
  const run = useMutation({
    mutationFn: () => {
      const note = text.trim() || undefined;
      if (kind === 'submit') return devApi.submit(project.id, note);
      if (kind === 'approve') return devApi.approve(project.id, note);
      if (kind === 'reject') return devApi.reject(project.id, text.trim(), back ?? undefined);
      return devApi.cancel(project.id, text.trim());
    },
    onSuccess: (p) => {
      onDone(p);
      setOpen(false);
      setText('');
      setBack(null);
    },
  });
  const current = GATE_STAGES.indexOf(project.stage as GateStage);
  const color = kind === 'approve' ? 'green' : kind === 'submit' ? 'blue' : 'red';
  const label = t(`development.action.${kind}`);

  return (
    <>
      <Button size="sm" color={color} variant={kind === 'cancel' ? 'subtle' : kind === 'reject' ? 'light' : 'filled'} onClick={() => setOpen(true)}>{label}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={t(`development.actionTitle.${kind}`, { stage: t(`development.stage.${project.stage}`) })} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          <Textarea
            label={needsReason ? t('development.reason') : t('development.note')}
            description={needsReason ? t('development.reasonHint') : undefined}
            required={needsReason}
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-autofocus
          />
          {kind === 'reject' && current > 0 && (
            <Select
              label={t('development.backTo')}
              description={t('development.backToHint')}
              clearable
              placeholder={t(`development.stage.${project.stage}`)}
              data={GATE_STAGES.slice(0, current + 1).map((s) => ({ value: s, label: t(`development.stage.${s}`) }))}
              value={back}
              onChange={(v) => setBack(v as GateStage | null)}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color={color} disabled={needsReason && text.trim().length < 5} loading={run.isPending} onClick={() => run.mutate()}>{label}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
