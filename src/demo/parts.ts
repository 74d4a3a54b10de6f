import { launchEventOrgs } from './launch-event-orgs';
import type { DemoPart } from './loader';
import { registryDemo } from './registry-demo';
import { LINK_MATCH_DEMO } from './events-demo';
import { LOOP_DEMO } from './partnerships-demo';
import { financeDemo } from './finance-demo';

/** The demo scenario, in order. Each area appends its part (registry profiles, MoUs, orders, akad, …). */
export const DEMO_PARTS: DemoPart[] = [launchEventOrgs, registryDemo, ...LINK_MATCH_DEMO, ...LOOP_DEMO, financeDemo];
