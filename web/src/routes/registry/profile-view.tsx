import { Anchor, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IkmProfile } from '../../api/registry-types';
import { useCurrentUser } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { canEditIkm, canSeeHistory, canVerify } from './access';
import { ExpiryFlag, StatusBadge, VerifiedBadge } from './badges';
import { FilesSection } from './files-section';
import { CertificationsSection, ContactsSection, MarketSection } from './profile-lists';
import { AddressSection, BusinessSection, IdentitySection, ProductionSection } from './profile-sections';
import { StatusHistory } from './status-history';
import { useVocab } from './use-vocab';
import { VerificationPanel } from './verification-panel';

/** An IKM profile, all sections; editors and verifiers also get the verification panel and the history. */
export function ProfileView({ profile: p }: { profile: IkmProfile }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { label } = useVocab();
  const canEdit = canEditIkm(me, p.orgId);
  const involved = canEdit || canVerify(me);
  const worst = p.certifications.some((c) => c.status === 'expired') ? 'expired' : p.hasExpiringCertification ? 'expiring' : null;

  return (
    <Stack gap="md">
      {me.kind !== 'ikm' && (
        <Anchor component={Link} to="/registri" size="sm">
          ← {t('registry.directory.backToList')}
        </Anchor>
      )}
      <PageHeader
        title={p.legalName}
        description={[p.brandName, label('legalForms', p.legalForm), `${p.place.regencyName}, ${p.place.provinceName}`].filter(Boolean).join(' · ')}
        actions={
          canEdit && (
            <Button variant="default" renderRoot={(props) => <Link {...props} to="/registri/ikm/$orgId/ubah" params={{ orgId: p.orgId }} />}>
              {t('registry.profile.edit')}
            </Button>
          )
        }
      />
      <Group gap="xs" mt={-12}>
        {p.status === 'verified' ? <VerifiedBadge size="md" /> : involved && <StatusBadge status={p.status} />}
        {worst && <ExpiryFlag status={worst} />}
      </Group>
      {involved && <VerificationPanel profile={p} />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <IdentitySection p={p} />
        <Stack gap="md">
          <AddressSection p={p} />
          <BusinessSection p={p} />
        </Stack>
        <ProductionSection p={p} />
        <CertificationsSection p={p} />
        <MarketSection p={p} />
        <ContactsSection p={p} />
        <FilesSection owner="ikm" orgId={p.orgId} canEdit={canEdit} />
        {canSeeHistory(me, p.orgId) && <StatusHistory orgId={p.orgId} />}
      </SimpleGrid>
    </Stack>
  );
}
