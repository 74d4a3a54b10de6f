import type { DemoPart } from './loader';
import { foundationDemo } from './foundation-demo';

/** The demo scenario, in order. Each area appends its part (registry, MoUs, akad, …). */
export const DEMO_PARTS: DemoPart[] = [foundationDemo];
