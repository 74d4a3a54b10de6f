import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { FormError } from './states';

/** A button that asks "are you sure?" in a dialog, then runs `onConfirm`; server errors stay in the dialog. */
export function ConfirmButton({ children, title, message, confirmLabel, color = 'red', onConfirm, onDone, buttonProps }: {
  children: ReactNode;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  color?: string;
  onConfirm: () => Promise<unknown>;
  onDone?: () => void;
  buttonProps?: ButtonProps;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const run = useMutation({
    mutationFn: onConfirm,
    onSuccess: () => {
      setOpen(false);
      onDone?.();
    },
  });
  const close = () => {
    setOpen(false);
    run.reset();
  };

  return (
    <>
      <Button size="xs" variant="light" color={color} {...buttonProps} onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={open} onClose={close} title={title} centered>
        <Stack>
          <FormError message={run.isError ? errorMessage(t, run.error) : null} />
          {typeof message === 'string' ? <Text size="sm">{message}</Text> : message}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color={color} loading={run.isPending} onClick={() => run.mutate()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
