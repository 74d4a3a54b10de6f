import type { ReactNode } from 'react';
import { Accordion, Alert, Anchor, Badge, Card, Group, Progress, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { STAGES, type Project } from '../../api/development-types';
import { useCurrentUser } from '../../api/session';
import { formatDate } from '../../components/format';
import { PageHeader } from '../../components/page-header';
import { QueryView } from '../../components/query-view';
import { GateStatusBadge, ProjectStatusBadge, StageBadge } from './badges';
import { GateCard } from './gate-card';
import { GateDecisionButton } from './gate-decision';
import { ProjectFiles } from './project-files';
import { ProjectHistory } from './project-history';
import { projectQuery } from './queries';

const route = getRouteApi('/app/pengembangan/$projectId');

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">{label}</Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>{children}</div>
    </Stack>
  );
}

/** A part development project: stage progress, the current gate with its checklist and decision, earlier gates, files, history. */
export function ProjectPage() {
  const { projectId } = route.useParams();
  const query = useQuery(projectQuery(projectId));
  return <QueryView query={query}>{(p) => <ProjectView project={p} />}</QueryView>;
}

function ProjectView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const onChange = (p: Project) => {
    queryClient.setQueryData(['development', 'project', p.id], p);
    void queryClient.invalidateQueries({ queryKey: ['development', 'board'] });
  };
  const isParty = me.organisation.id === project.buyerOrgId || me.organisation.id === project.ikmOrgId;
  const editor = isParty && me.roles.some((r) => r === 'admin' || r === 'staff') && project.status === 'active';
  const current = project.gates.find((g) => g.stage === project.stage);
  const earlier = project.gates.filter((g) => g !== current).sort((a, b) => STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage));
  const stageIdx = STAGES.indexOf(project.stage);
  const canCancel = project.status === 'active' && me.organisation.id === project.buyerOrgId && me.roles.includes('admin');

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/pengembangan" size="sm">← {t('development.backToBoard')}</Anchor>
      <PageHeader title={`${project.partName}`} description={`${project.reference}${project.partNumber ? ` · ${project.partNumber}` : ''}`} actions={canCancel && <GateDecisionButton kind="cancel" project={project} onDone={onChange} />} />
      <Group gap="xs" mt={-16}>
        <StageBadge stage={project.stage} />
        <ProjectStatusBadge status={project.status} />
      </Group>
      {project.status === 'cancelled' && project.cancelReason && <Alert color="red" title={t('development.cancelledTitle')}>{project.cancelReason}</Alert>}
      <Card withBorder>
        {phone ? (
          <Stack gap={4} aria-label={t('development.stages')}>
            <Text size="sm" fw={600}>{t('development.stepOf', { n: stageIdx + 1, total: STAGES.length, stage: t(`development.stage.${project.stage}`) })}</Text>
            <Progress value={(stageIdx / (STAGES.length - 1)) * 100} size="sm" aria-hidden />
          </Stack>
        ) : (
          <Stepper active={project.status === 'completed' ? STAGES.length : stageIdx} size="xs" allowNextStepsSelect={false} aria-label={t('development.stages')}>
            {STAGES.map((s) => <Stepper.Step key={s} label={t(`development.stage.${s}`)} />)}
          </Stepper>
        )}
      </Card>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Field label={t('development.buyer')}>{project.buyerName}</Field>
          <Field label={t('development.ikm')}>{project.ikmName}</Field>
          <Field label={t('development.material')}>{project.material ?? '—'}</Field>
          <Field label={t('development.started')}>{formatDate(project.createdAt, i18n.language)}</Field>
          {project.mouId && <Field label={t('development.mou')}><Anchor size="sm" renderRoot={(props) => <Link {...props} to="/mou/$mouId" params={{ mouId: project.mouId }} />}>{t('development.openMou')}</Anchor></Field>}
          {project.completedAt && <Field label={t('development.completedAt')}>{formatDate(project.completedAt, i18n.language)}</Field>}
        </SimpleGrid>
        {project.description && <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-line' }}>{project.description}</Text>}
        <Field label={t('development.ppapRequired')}>
          <Group gap={4} mt={4}>{project.ppapElements.map((e) => <Badge key={e} size="xs" variant="light" color="grape">{t(`development.ppap.${e}`, { defaultValue: e })}</Badge>)}</Group>
        </Field>
      </Card>
      {current ? (
        <Stack gap="xs">
          <Title order={3}>{t('development.currentGate')}</Title>
          <GateCard project={project} gate={current} current onChange={onChange} />
        </Stack>
      ) : project.stage === 'mass_production' ? (
        <Alert color="green" title={t('development.stage.mass_production')}>{t('development.massProductionReached')}</Alert>
      ) : null}
      {earlier.length > 0 && (
        <Stack gap="xs">
          <Title order={3}>{t('development.earlierGates')}</Title>
          <Accordion variant="separated" multiple>
            {earlier.map((g) => (
              <Accordion.Item key={g.id} value={g.id}>
                <Accordion.Control>
                  <Group gap="xs"><Text size="sm" fw={600}>{t(`development.stage.${g.stage}`)}</Text><GateStatusBadge status={g.status} /></Group>
                </Accordion.Control>
                <Accordion.Panel><GateCard project={project} gate={g} current={false} onChange={onChange} /></Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3}>{t('development.files')}</Title>
        <ProjectFiles project={project} canUpload={editor} onUploaded={() => void queryClient.invalidateQueries({ queryKey: ['development', 'project', project.id] })} />
      </Stack>
      <Stack gap="xs">
        <Title order={3}>{t('development.history')}</Title>
        <ProjectHistory project={project} />
      </Stack>
    </Stack>
  );
}
