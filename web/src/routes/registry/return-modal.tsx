import { useState } from 'react';
import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { IkmProfile } from '../../api/registry-types';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';

const PRESETS = ['nib', 'npwp', 'kbli', 'address', 'documents', 'contacts'] as const;

/** Programme staff send a profile back with reasons (common ones to tick, others one per line). */
export function ReturnButton({ profile, onDone, label, size }: { profile: Pick<IkmProfile, 'orgId' | 'legalName'>; onDone: (p: IkmProfile) => void; label?: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const [other, setOther] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (reasons: string[]) => api.post<IkmProfile>(`/api/ikm/${profile.orgId}/return`, { reasons }),
    onSuccess: (p) => {
      setOpen(false);
      onDone(p);
    },
    onError: (e) => setError(errorMessage(t, e)),
  });
  const submit = () => {
    const reasons = [...picked.map((k) => t(`registry.verify.presets.${k}`)), ...other.split('\n').map((s) => s.trim()).filter(Boolean)];
    if (!reasons.length) return setError(t('registry.verify.reasonRequired'));
    if (reasons.some((r) => r.length > 500)) return setError(t('registry.verify.reasonTooLong'));
    setError(null);
    send.mutate(reasons.slice(0, 20));
  };

  return (
    <>
      <Button color="red" variant="light" size={size} onClick={() => { setPicked([]); setOther(''); setError(null); setOpen(true); }}>
        {label ?? t('registry.verify.return')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('registry.verify.returnTitle', { name: profile.legalName })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          <FormError message={error} />
          <Text size="sm">{t('registry.verify.returnHelp')}</Text>
          <Checkbox.Group value={picked} onChange={setPicked} label={t('registry.verify.commonReasons')}>
            <Stack gap={6} mt={6}>
              {PRESETS.map((k) => <Checkbox key={k} value={k} label={t(`registry.verify.presets.${k}`)} />)}
            </Stack>
          </Checkbox.Group>
          <Textarea label={t('registry.verify.otherReasons')} description={t('registry.verify.onePerLine')} autosize minRows={3} value={other} onChange={(e) => setOther(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color="red" loading={send.isPending} onClick={submit}>{t('registry.verify.sendBack')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
