/** The compact shape of the registry demo data (registry-demo-ikm-*.ts, registry-demo-buyers.ts). */
export interface DemoIkmSpec {
  key: string;
  brand?: string;
  kbli: string[];
  street: string;
  province: string;
  regency: string;
  postal: string;
  /** [lat, lng] */
  at: [number, number];
  founded: number;
  /** [total, women, with disability] */
  workers: [number, number, number];
  /** Annual turnover, whole Rupiah. */
  turnover: string;
  processes: string[];
  materials: string[];
  machines: [type: string, count: number, capacity?: string][];
  capacity: [quantity: number, unit: string];
  /** [kind, number, days from the demo's business date to expiry (null: no expiry)] */
  certs: [kind: string, number: string, expiresInDays: number | null][];
  products: [name: string, partNumber?: string][];
  customers: string[];
  contact: [name: string, role: string, phone: string];
  status?: 'verified' | 'submitted' | 'returned';
  reasons?: string[];
}

export interface DemoPlantSpec {
  name: string;
  street: string;
  province: string;
  regency: string;
  postal: string;
  at?: [number, number];
}

export interface DemoBuyerSpec {
  key: string;
  group?: string;
  tier: 'apm' | 'tier1' | 'tier2' | 'big_industry';
  sectors: string[];
  description?: string;
  website?: string;
  plants: DemoPlantSpec[];
}
