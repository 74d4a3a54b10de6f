/**
 * Buyer profiles of the demo: AHM (the brand holder, Astra group, four plants) and the 16 fictional tier
 * companies, with plants around Jakarta, Bekasi, Karawang, Tangerang and Purwakarta.
 */
import type { DemoBuyerSpec, DemoPlantSpec } from './registry-demo-spec';

const plant = (name: string, street: string, province: string, regency: string, postal: string, at?: [number, number]): DemoPlantSpec => ({ name, street, province, regency, postal, at });

const MM2100 = (lot: string) => plant('Cikarang (MM2100)', `Kawasan Industri MM2100 ${lot}, Cikarang Barat`, 'Jawa Barat', 'Kabupaten Bekasi', '17520', [-6.2941, 107.0586]);
const EJIP = (lot: string) => plant('Cikarang (EJIP)', `Kawasan Industri EJIP ${lot}, Cikarang Selatan`, 'Jawa Barat', 'Kabupaten Bekasi', '17550', [-6.3444, 107.1396]);
const KIIC = (lot: string) => plant('Karawang (KIIC)', `Kawasan Industri KIIC ${lot}, Telukjambe Timur`, 'Jawa Barat', 'Kabupaten Karawang', '41361', [-6.3636, 107.2986]);
const JABABEKA = (lot: string) => plant('Cikarang (Jababeka)', `Kawasan Industri Jababeka ${lot}, Cikarang Utara`, 'Jawa Barat', 'Kabupaten Bekasi', '17530', [-6.2896, 107.1535]);
const CIKUPA = (lot: string) => plant('Tangerang (Cikupa Mas)', `Kawasan Industri Cikupa Mas ${lot}, Cikupa`, 'Banten', 'Kabupaten Tangerang', '15710', [-6.2285, 106.5122]);
const PURWAKARTA = (lot: string) => plant('Purwakarta (Kota Bukit Indah)', `Kawasan Industri Kota Bukit Indah ${lot}, Bungursari`, 'Jawa Barat', 'Kabupaten Purwakarta', '41181', [-6.4939, 107.4496]);
const SUNTER = (lot: string) => plant('Sunter', `${lot}, Sunter Jaya, Tanjung Priok`, 'DKI Jakarta', 'Kota Administrasi Jakarta Utara', '14350', [-6.1392, 106.8712]);

const auto = ['Komponen otomotif', 'Sepeda motor'];

export const DEMO_BUYERS: DemoBuyerSpec[] = [
  {
    key: 'ahm',
    group: 'Astra',
    tier: 'apm',
    sectors: ['Sepeda motor'],
    description: 'Agen pemegang merek (APM) sepeda motor Honda di Indonesia; pembeli akhir rantai pasok Kemitraan Inklusif Closed Loop.',
    website: 'https://www.astra-honda.com',
    plants: [
      plant('Sunter', 'Jl. Laksda Yos Sudarso, Sunter I, Tanjung Priok', 'DKI Jakarta', 'Kota Administrasi Jakarta Utara', '14350', [-6.1416, 106.8789]),
      plant('Pegangsaan Dua', 'Jl. Raya Pegangsaan Dua Km 2,2, Kelapa Gading', 'DKI Jakarta', 'Kota Administrasi Jakarta Utara', '14250', [-6.1549, 106.9095]),
      plant('Cikarang', 'Kawasan Industri MM2100 Jl. Kalimantan Blok AA-1, Cikarang Barat', 'Jawa Barat', 'Kabupaten Bekasi', '17520', [-6.2963, 107.0511]),
      plant('Karawang', 'Kawasan Industri KIIC Jl. Permata Raya Lot CC-1, Telukjambe Timur', 'Jawa Barat', 'Kabupaten Karawang', '41361', [-6.3679, 107.2916]),
    ],
  },
  { key: 'tier01', tier: 'tier1', group: 'Astra', sectors: auto, description: 'Komponen presisi mesin dan rangka.', plants: [MM2100('Jl. Sulawesi Blok F-3'), KIIC('Jl. Permata Raya Lot F-5')] },
  { key: 'tier02', tier: 'tier1', sectors: [...auto, 'Plastik'], description: 'Komponen plastik injeksi: cover bodi, panel, reservoir.', plants: [CIKUPA('Blok C No. 11'), JABABEKA('Jl. Jababeka XI Blok H-8')] },
  { key: 'tier03', tier: 'tier1', sectors: auto, description: 'Komponen press dan stamping.', plants: [EJIP('Plot 5D')] },
  { key: 'tier04', tier: 'tier1', sectors: [...auto, 'Karet'], description: 'Komponen karet teknik: seal, grommet, peredam.', plants: [PURWAKARTA('Blok D-2')] },
  { key: 'tier05', tier: 'tier1', group: 'Astra', sectors: [...auto, 'Pengecoran'], description: 'Pengecoran aluminium dan besi: silinder, tromol, hub.', plants: [KIIC('Jl. Maligi VII Lot Q-1')] },
  { key: 'tier06', tier: 'tier1', sectors: [...auto, 'Kelistrikan'], description: 'Wiring harness dan komponen kelistrikan.', plants: [PURWAKARTA('Blok A-7'), MM2100('Jl. Bali Blok R-1')] },
  { key: 'tier07', tier: 'tier1', sectors: auto, description: 'Jok dan komponen tempat duduk.', plants: [CIKUPA('Blok F No. 2')] },
  { key: 'tier08', tier: 'tier2', sectors: [...auto, 'Tempa'], description: 'Komponen tempa: poros, gigi, tuas.', plants: [JABABEKA('Jl. Industri Utara Blok SS-3')] },
  { key: 'tier09', tier: 'tier2', sectors: [...auto, 'Pelapisan'], description: 'Pengecatan, pelapisan serbuk dan plating.', plants: [EJIP('Plot 3G')] },
  { key: 'tier10', tier: 'tier1', sectors: [...auto, 'Permesinan'], description: 'Permesinan CNC komponen transmisi dan mesin.', plants: [MM2100('Jl. Irian Blok EE-2')] },
  { key: 'tier11', tier: 'tier1', sectors: [...auto, 'Kelistrikan'], description: 'Lampu kendaraan dan reflektor.', plants: [SUNTER('Jl. Danau Sunter Utara Blok G-7 Kav. 9')] },
  { key: 'tier12', tier: 'tier1', sectors: auto, description: 'Rantai dan sistem transmisi.', plants: [KIIC('Jl. Permata Raya Lot BB-4')] },
  { key: 'tier13', tier: 'tier1', sectors: auto, description: 'Knalpot dan sistem pembuangan.', plants: [JABABEKA('Jl. Jababeka IV Blok V-6')] },
  { key: 'tier14', tier: 'tier1', group: 'Astra', sectors: auto, description: 'Sistem rem: kampas, tromol, cakram.', plants: [EJIP('Plot 8A'), SUNTER('Jl. Gaya Motor Raya No. 8')] },
  { key: 'tier15', tier: 'tier2', sectors: [...auto, 'Elektronika'], description: 'Komponen elektronik dan sensor.', plants: [CIKUPA('Blok J No. 5')] },
  { key: 'tier16', tier: 'tier1', sectors: auto, description: 'Rangka (frame) dan komponen las.', plants: [KIIC('Jl. Maligi I Lot A-9')] },
];
