import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** 403: shown in place of a page the user's organisation kind or role may not see. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Center py={60}>
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Text fz={48} fw={800} c="dimmed" aria-hidden="true">
          403
        </Text>
        <Title order={2}>{t('forbidden.title')}</Title>
        <Text c="dimmed">{t('forbidden.body')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('common.backHome')}
        </Button>
      </Stack>
    </Center>
  );
}
