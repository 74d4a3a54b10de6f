import { Box, Center, Group, Paper, Stack } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

/** Centred card for the signed-out pages. */
export function PublicLayout() {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" p="md">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p={{ base: 'md', xs: 'xl' }} radius="md" w="100%" maw={420}>
          <Stack>
            <Outlet />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
