import { developmentHeadpipeDemo } from './development-headpipe';
import type { DemoPart } from './loader';
import { ordersDemo } from './orders-demo';
import { partnershipsLaunchDemo } from './partnerships-launch';

/** MoUs of the launch event, the headpipe protector in development, and orders with their deliveries and invoices. */
export const LOOP_DEMO: DemoPart[] = [partnershipsLaunchDemo, developmentHeadpipeDemo, ordersDemo];
