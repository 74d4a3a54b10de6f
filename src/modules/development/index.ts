export { createDevelopmentService, type DevelopmentService, type ProjectInput } from './service';
export { developmentRoutes } from './routes';
export { STAGES, PPAP_ELEMENTS, type Stage, type PpapElement } from './domain/stages';
