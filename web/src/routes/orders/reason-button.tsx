import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/states';
import { errorMessage } from '../../i18n/errors';

/** A button opening a dialog with a text (a required reason of ≥ 5 characters, or an optional note), then `run(text)`. */
export function ReasonButton<T>({ label, title, message, textLabel, required, color = 'blue', confirmLabel, run, onDone, buttonProps }: {
  label: ReactNode;
  title: string;
  message?: string;
  textLabel: string;
  required: boolean;
  color?: string;
  confirmLabel: string;
  run: (text: string) => Promise<T>;
  onDone: (r: T) => void;
  buttonProps?: ButtonProps;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const m = useMutation({ mutationFn: () => run(text.trim()), onSuccess: (r) => { setOpen(false); setText(''); onDone(r); } });
  return (
    <>
      <Button color={color} {...buttonProps} onClick={() => { m.reset(); setOpen(true); }}>{label}</Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={() => setOpen(false)} title={title} centered>
        <Stack>
          <FormError message={m.isError ? errorMessage(t, m.error) : null} />
          {message && <Text size="sm">{message}</Text>}
          <Textarea label={textLabel} description={required ? t('orders.reasonHint') : undefined} required={required} autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button color={color} disabled={required && text.trim().length < 5} loading={m.isPending} onClick={() => m.mutate()}>{confirmLabel}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
