/**
 * What the needs area reads from the registry: vocabularies (built-in plus admin-added),
 * provinces and regencies, an IKM's verification status and a buyer's plants.
 */
import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { badRequest } from '../../core/errors';
import type { Executor } from '../../db/client';
import { ikmProfiles } from '../../db/schema';
import { registryDomain, type RegistryService } from '../registry';
import type { NeedVocabularies } from './domain/need-input';

type Vocabulary = registryDomain.Vocabulary;

export interface Vocabularies extends NeedVocabularies {
  processes: Vocabulary;
  materials: Vocabulary;
  certificationKinds: Vocabulary;
  units: Vocabulary;
}

export interface Place {
  provinceCode: string;
  regencyCode: string | null;
  lat: number | null;
  lng: number | null;
}

export type RegistryLookup = ReturnType<typeof createRegistryLookup>;

export function createRegistryLookup(registry: Pick<RegistryService, 'vocabularies' | 'buyers'> | null) {
  return {
    async vocabularies(): Promise<Vocabularies> {
      const v = registry
        ? await registry.vocabularies.load()
        : { processes: registryDomain.PROCESSES, materials: registryDomain.MATERIALS, certificationKinds: registryDomain.CERTIFICATION_KINDS };
      return { ...v, units: registryDomain.CAPACITY_UNITS };
    },

    /** Whether the organisation's IKM profile is verified by the programme office. */
    async isVerifiedIkm(x: Executor, orgId: string): Promise<boolean> {
      const [row] = await x.select({ status: ikmProfiles.status }).from(ikmProfiles).where(eq(ikmProfiles.orgId, orgId)).limit(1);
      return row?.status === 'verified';
    },

    /** A plant of the buyer's registry profile, or null. */
    async plantOf(actor: Actor, buyerOrgId: string, plantId: string): Promise<(Place & { name: string }) | null> {
      if (!registry) return null;
      const buyer = await registry.buyers.get(actor, buyerOrgId).catch(() => null);
      const plant = buyer?.plants.find((p) => p.id === plantId);
      if (!plant) return null;
      return { name: plant.name, provinceCode: plant.address.provinceCode, regencyCode: plant.address.regencyCode, lat: plant.coordinates?.lat ?? null, lng: plant.coordinates?.lng ?? null };
    },

    /** Province and regency as Kemendagri codes (names accepted); 400 naming the field otherwise. */
    normaliseArea(province: string, regency: string | null | undefined): { provinceCode: string; regencyCode: string | null } {
      const p = registryDomain.findProvince(province);
      if (!p) throw badRequest('needs.province_unknown', `Provinsi "${province}" tidak dikenal.`, { field: 'deliveryPlant.provinceCode' });
      if (!regency) return { provinceCode: p.code, regencyCode: null };
      const r = registryDomain.findRegency(p.code, regency);
      if (!r) throw badRequest('needs.regency_unknown', `Kabupaten/kota "${regency}" tidak dikenal di provinsi ${p.name}.`, { field: 'deliveryPlant.regencyCode' });
      return { provinceCode: p.code, regencyCode: r.code };
    },

    /** "Jawa Barat" for "32", "Kabupaten Bekasi" for "32.16". */
    areaName(code: string | null): string | null {
      if (!code) return null;
      return code.includes('.') ? (registryDomain.findRegencyByCode(code)?.name ?? code) : (registryDomain.findProvince(code)?.name ?? code);
    },
  };
}
