import { launchEventOrgs } from './launch-event-orgs';
import type { DemoPart } from './loader';

/** The demo scenario, in order. Each area appends its part (registry profiles, MoUs, orders, akad, …). */
export const DEMO_PARTS: DemoPart[] = [launchEventOrgs];
