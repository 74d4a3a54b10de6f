import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

/** ID / EN, remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <SegmentedControl
      size="xs"
      value={current}
      onChange={(v) => setLanguage(v as Language)}
      aria-label={t('shell.language')}
      data={[
        { value: 'id', label: <span title="Bahasa Indonesia">ID</span> },
        { value: 'en', label: <span title="English">EN</span> },
      ]}
    />
  );
}
