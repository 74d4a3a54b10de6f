import type { ReactNode } from 'react';
import { Button, CloseButton, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emptyCertification, emptyContact, emptyMachine, emptyProduct } from './profile-form-model';
import { Section } from './section';
import { fieldId, type ProfileForm } from './use-profile-form';
import { useVocab } from './use-vocab';

/** One repeated entry: a bordered box with its number and a remove button. */
function Row({ title, onRemove, removeLabel, children }: { title: string; onRemove?: () => void; removeLabel: string; children: ReactNode }) {
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="xs" fw={600} c="dimmed">{title}</Text>
        {onRemove && <CloseButton size="sm" onClick={onRemove} aria-label={removeLabel} />}
      </Group>
      {children}
    </Paper>
  );
}

function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Group>
      <Button size="xs" variant="light" onClick={onClick}>+ {children}</Button>
    </Group>
  );
}

export function MachinesFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { values: v, setRow, addRow, removeRow, err } = form;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>{t('registry.fields.machines')}</Text>
      {v.machines.map((m, i) => {
        const title = t('registry.form.rowOf.machines', { n: i + 1 });
        return (
          <Row key={i} title={title} onRemove={() => removeRow('machines', i)} removeLabel={t('registry.form.remove', { what: title })}>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
              <TextInput id={fieldId(`machines.${i}.type`)} label={t('registry.fields.machineType')} required value={m.type} onChange={(e) => setRow('machines', i, { type: e.currentTarget.value })} error={err(`machines.${i}.type`)} placeholder={t('registry.form.machineTypeExample')} />
              <TextInput id={fieldId(`machines.${i}.count`)} label={t('registry.fields.machineCount')} required inputMode="numeric" value={m.count} onChange={(e) => setRow('machines', i, { count: e.currentTarget.value.replace(/\D/g, '').slice(0, 5) })} error={err(`machines.${i}.count`)} />
              <TextInput id={fieldId(`machines.${i}.capacity`)} label={t('registry.fields.machineCapacity')} value={m.capacity} onChange={(e) => setRow('machines', i, { capacity: e.currentTarget.value })} error={err(`machines.${i}.capacity`)} placeholder={t('registry.form.machineCapacityExample')} />
            </SimpleGrid>
          </Row>
        );
      })}
      <AddButton onClick={() => addRow('machines', emptyMachine())}>{t('registry.form.addMachine')}</AddButton>
    </Stack>
  );
}

export function CertificationsFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { options } = useVocab();
  const { values: v, setRow, addRow, removeRow, err } = form;
  return (
    <Section title={t('registry.sections.certifications')}>
      {v.certifications.length === 0 && <Text size="sm" c="dimmed">{t('registry.form.noCertifications')}</Text>}
      {v.certifications.map((c, i) => {
        const title = t('registry.form.rowOf.certifications', { n: i + 1 });
        return (
          <Row key={i} title={title} onRemove={() => removeRow('certifications', i)} removeLabel={t('registry.form.remove', { what: title })}>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
              <Select id={fieldId(`certifications.${i}.kind`)} label={t('registry.fields.certKind')} required data={options('certificationKinds')} value={c.kind || null} onChange={(x) => setRow('certifications', i, { kind: x ?? '' })} error={err(`certifications.${i}.kind`)} comboboxProps={{ withinPortal: true }} />
              <TextInput id={fieldId(`certifications.${i}.number`)} label={t('registry.fields.certNumber')} required value={c.number} onChange={(e) => setRow('certifications', i, { number: e.currentTarget.value })} error={err(`certifications.${i}.number`)} />
              <TextInput id={fieldId(`certifications.${i}.expiresOn`)} type="date" label={t('registry.fields.certExpires')} value={c.expiresOn} onChange={(e) => setRow('certifications', i, { expiresOn: e.currentTarget.value })} error={err(`certifications.${i}.expiresOn`)} />
            </SimpleGrid>
          </Row>
        );
      })}
      <AddButton onClick={() => addRow('certifications', emptyCertification())}>{t('registry.form.addCertification')}</AddButton>
    </Section>
  );
}

export function MarketFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { values: v, setRow, addRow, removeRow, err, set } = form;
  return (
    <Section title={t('registry.sections.market')}>
      <Text size="sm" fw={500}>{t('registry.fields.products')}</Text>
      {v.products.map((p, i) => {
        const title = t('registry.form.rowOf.products', { n: i + 1 });
        return (
          <Row key={i} title={title} onRemove={() => removeRow('products', i)} removeLabel={t('registry.form.remove', { what: title })}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <TextInput id={fieldId(`products.${i}.name`)} label={t('registry.fields.productName')} required value={p.name} onChange={(e) => setRow('products', i, { name: e.currentTarget.value })} error={err(`products.${i}.name`)} />
              <TextInput id={fieldId(`products.${i}.partNumber`)} label={t('registry.fields.partNumber')} value={p.partNumber} onChange={(e) => setRow('products', i, { partNumber: e.currentTarget.value })} error={err(`products.${i}.partNumber`)} />
            </SimpleGrid>
          </Row>
        );
      })}
      <AddButton onClick={() => addRow('products', emptyProduct())}>{t('registry.form.addProduct')}</AddButton>
      <TagsInput id={fieldId('customers')} label={t('registry.fields.customers')} description={t('registry.form.customersHelp')} value={v.customers} onChange={(x) => set('customers', x)} error={err('customers')} clearable />
    </Section>
  );
}

export function ContactsFields({ form }: { form: ProfileForm }) {
  const { t } = useTranslation();
  const { values: v, setRow, addRow, removeRow, err } = form;
  return (
    <Section title={t('registry.sections.contacts')}>
      {err('contacts') && <Text size="sm" c="red" role="alert">{err('contacts')}</Text>}
      {v.contacts.map((c, i) => {
        const title = t('registry.form.rowOf.contacts', { n: i + 1 });
        return (
          <Row key={i} title={title} onRemove={v.contacts.length > 1 ? () => removeRow('contacts', i) : undefined} removeLabel={t('registry.form.remove', { what: title })}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
              <TextInput id={fieldId(`contacts.${i}.name`)} label={t('registry.fields.contactName')} required value={c.name} onChange={(e) => setRow('contacts', i, { name: e.currentTarget.value })} error={err(`contacts.${i}.name`)} />
              <TextInput id={fieldId(`contacts.${i}.role`)} label={t('registry.fields.contactRole')} value={c.role} onChange={(e) => setRow('contacts', i, { role: e.currentTarget.value })} error={err(`contacts.${i}.role`)} />
              <TextInput id={fieldId(`contacts.${i}.phone`)} label={t('registry.fields.contactPhone')} required type="tel" placeholder="0812-3456-7890" value={c.phone} onChange={(e) => setRow('contacts', i, { phone: e.currentTarget.value })} error={err(`contacts.${i}.phone`)} />
              <TextInput id={fieldId(`contacts.${i}.email`)} label={t('registry.fields.contactEmail')} type="email" value={c.email} onChange={(e) => setRow('contacts', i, { email: e.currentTarget.value })} error={err(`contacts.${i}.email`)} />
            </SimpleGrid>
          </Row>
        );
      })}
      <AddButton onClick={() => addRow('contacts', emptyContact())}>{t('registry.form.addContact')}</AddButton>
    </Section>
  );
}
