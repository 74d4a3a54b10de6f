import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificationStatus, ProfileStatus } from '../../api/registry-types';

const STATUS_COLORS: Record<ProfileStatus, string> = { draft: 'gray', submitted: 'yellow', verified: 'teal', returned: 'red' };

/** The programme office's badge on a verified profile. */
export function VerifiedBadge({ size = 'sm' }: { size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color="teal" variant="filled" size={size} data-testid="verified-badge" leftSection={<span aria-hidden="true">✓</span>}>
      {t('registry.badge.verified')}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: ProfileStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size="sm" data-testid="profile-status">
      {t(`registry.status.${status}`)}
    </Badge>
  );
}

/** Verified badge for verified profiles; the workflow status for others (when the viewer may see it). */
export function ProfileBadges({ status, showStatus }: { status: ProfileStatus; showStatus: boolean }) {
  if (status === 'verified') return <VerifiedBadge />;
  return showStatus ? <StatusBadge status={status} /> : null;
}

const CERT_COLORS: Record<CertificationStatus, string> = { valid: 'green', expiring: 'orange', expired: 'red' };

export function CertStatusBadge({ status, daysLeft }: { status: CertificationStatus; daysLeft: number | null }) {
  const { t } = useTranslation();
  const label = t(`registry.cert.status.${status}`);
  const hint = daysLeft === null ? t('registry.cert.noExpiry') : daysLeft < 0 ? t('registry.cert.expiredAgo', { count: -daysLeft }) : t('registry.cert.daysLeft', { count: daysLeft });
  return (
    <Tooltip label={hint} withArrow>
      <Badge color={CERT_COLORS[status]} variant={status === 'valid' ? 'light' : 'filled'} size="sm">
        {label}
      </Badge>
    </Tooltip>
  );
}

/** A flag for a profile with a certificate that has expired or expires within 60 days. */
export function ExpiryFlag({ status }: { status: Exclude<CertificationStatus, 'valid'> }) {
  const { t } = useTranslation();
  return (
    <Text span size="xs" fw={600} c={status === 'expired' ? 'red.8' : 'orange.8'} data-testid="expiry-flag" style={{ whiteSpace: 'normal' }}>
      ⚠ {t(`registry.cert.flag.${status}`)}
    </Text>
  );
}

/** Short labelled tags (processes, materials, sectors). */
export function Tags({ items, color = 'blue', max }: { items: string[]; color?: string; max?: number }) {
  const { t } = useTranslation();
  const shown = max ? items.slice(0, max) : items;
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((x) => (
        <Badge key={x} variant="light" color={color} size="sm" tt="none" style={{ maxWidth: '100%' }}>
          {x}
        </Badge>
      ))}
      {max && items.length > max && (
        <Badge variant="transparent" color="gray" size="sm" tt="none">
          {t('registry.more', { count: items.length - max })}
        </Badge>
      )}
    </Group>
  );
}
