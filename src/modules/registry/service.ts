/** The registry's use cases, built once per process (wired in src/server/services.ts). */
import type { Deps } from '../../deps';
import type { AuditService } from '../audit';
import { createBuyerService } from './buyer-service';
import { createExportService } from './export-service';
import { createFileService } from './file-service';
import { createImportRunner } from './import-runner';
import { createImportService } from './import-service';
import { createProfileService } from './profile-service';
import { createSearchService } from './search-service';
import { createVerificationService } from './verification-service';
import { seedSynthetic, type SeedOptions } from './synthetic-seed';
import { createVocabularyService } from './vocabulary-service';

export type RegistryService = ReturnType<typeof createRegistryService>;

export function createRegistryService(deps: Deps, audit: AuditService) {
  const vocabularies = createVocabularyService(deps, audit);
  const profiles = createProfileService(deps, audit, vocabularies);
  const verification = createVerificationService(deps, audit, vocabularies, profiles);
  const importRunner = createImportRunner(deps, audit, vocabularies);
  return {
    vocabularies,
    profiles,
    verification,
    search: createSearchService(deps, vocabularies),
    exports: createExportService(deps, audit, vocabularies),
    buyers: createBuyerService(deps, audit),
    files: createFileService(deps, audit),
    importRunner,
    imports: createImportService(deps, audit, importRunner),
    /** Synthetic data for benchmarks (CLI `lingkar seed synthetic`, bench/registry.ts). */
    seedSynthetic: (o: SeedOptions) => seedSynthetic(deps, vocabularies, o),
  };
}
