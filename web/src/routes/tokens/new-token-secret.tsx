import { Alert, Button, Code, CopyButton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The token secret, shown once. */
export function NewTokenSecret({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="orange" title={t('tokens.onceTitle')} role="alert">
        {t('tokens.onceBody')}
      </Alert>
      <Code block data-testid="new-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {token}
      </Code>
      <CopyButton value={token} timeout={2000}>
        {({ copied, copy }) => (
          <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
            {copied ? t('common.copied') : t('common.copy')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
