/**
 * Demo IKM profiles ikm01–ikm16. ikm01 and ikm02 are the two IKM Politeknik Astra brought to supply AHM
 * the polyurethane headpipe protector; the others are fictional, spread over Java and beyond.
 * Certificate expiries are days from the demo's business date, so some are always about to expire.
 */
import type { DemoIkmSpec } from './registry-demo-spec';

export const DEMO_IKM_1: DemoIkmSpec[] = [
  {
    key: 'ikm01', brand: 'Tegar PU', kbli: ['22299', '30912'], street: 'Jl. Raya Narogong Km 12,5 No. 8, Cileungsi', province: 'Jawa Barat', regency: 'Kabupaten Bogor', postal: '16820', at: [-6.3968, 106.9587],
    founded: 2008, workers: [46, 14, 1], turnover: '6800000000', processes: ['polyurethane_moulding', 'die_making', 'assembly'], materials: ['polyurethane', 'steel'],
    machines: [['Mesin injeksi PU low pressure', 2, '35 kg/jam'], ['Mesin PU high pressure', 1, '60 kg/jam'], ['Oven curing', 2], ['Mesin frais konvensional (pembuatan mold)', 2]], capacity: [45000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2023/04417', 540], ['halal', 'ID32110001874260823', null]],
    products: [['Headpipe protector poliuretan', 'HPP-PU-01'], ['Grip handle PU'], ['Bantalan karet PU mesin (engine mounting pad)', 'EMP-07']],
    customers: ['PT Astra Honda Motor (melalui Politeknik Astra)', 'PT Sinar Komponen Presisi'], contact: ['Hendra Gunawan', 'Direktur Utama', '0812-8801-4417'],
  },
  {
    key: 'ikm02', brand: 'Kawani', kbli: ['22299', '30912'], street: 'Jl. Industri Pasir Gombong Blok C2 No. 15, Cikarang Utara', province: 'Jawa Barat', regency: 'Kabupaten Bekasi', postal: '17530', at: [-6.2801, 107.1535],
    founded: 2014, workers: [38, 11, 0], turnover: '4900000000', processes: ['polyurethane_moulding', 'vacuum_forming', 'assembly'], materials: ['polyurethane', 'abs'],
    machines: [['Mesin PU dispensing 2 komponen', 2, '40 kg/jam'], ['Mesin vacuum forming', 1], ['Mesin trimming', 2]], capacity: [38000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2022/03981', 45]],
    products: [['Headpipe protector poliuretan', 'HPP-PU-02'], ['Cover knalpot PU'], ['Footrest rubber PU']],
    customers: ['PT Astra Honda Motor (melalui Politeknik Astra)', 'PT Jaya Muffler Sistem'], contact: ['Maya Kusuma', 'Manajer Produksi', '0813-1977-2040'],
  },
  {
    key: 'ikm03', brand: 'Mekar', kbli: ['22293'], street: 'Jl. Gatot Subroto Km 7 No. 21, Jatiuwung', province: 'Banten', regency: 'Kota Tangerang', postal: '15136', at: [-6.1889, 106.5853],
    founded: 2005, workers: [72, 30, 2], turnover: '12500000000', processes: ['injection_moulding', 'assembly'], materials: ['polypropylene', 'abs', 'polyamide'],
    machines: [['Mesin injeksi plastik 150 ton', 6], ['Mesin injeksi plastik 280 ton', 3], ['Dryer material', 4]], capacity: [260000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2021/01122', 210], ['iso_14001', 'EMS/ID/2022/00419', 400]],
    products: [['Cover body samping', 'CBS-110'], ['Klip panel plastik', 'KLP-6'], ['Tutup aki']], customers: ['PT Mitra Plastik Otomotif'], contact: ['Citra Lestari', 'Pemilik', '0821-1230-5566'],
  },
  {
    key: 'ikm04', brand: 'SLJ', kbli: ['25910', '30912'], street: 'Jl. Raya Sukomulyo No. 44, Manyar', province: 'Jawa Timur', regency: 'Kabupaten Gresik', postal: '61151', at: [-7.1102, 112.6055],
    founded: 2001, workers: [54, 6, 1], turnover: '9800000000', processes: ['stamping_press', 'welding', 'painting_coating'], materials: ['steel'],
    machines: [['Mesin press 60 ton', 5], ['Mesin press 110 ton', 2], ['Mesin las MIG', 8]], capacity: [120000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2020/00877', 75]],
    products: [['Bracket footstep', 'BFS-21'], ['Plat dudukan aki', 'PDA-3']], customers: ['PT Cahaya Press Indonesia', 'PT Sentosa Frame Industri'], contact: ['Joko Purnomo', 'Direktur', '0812-3100-7788'],
  },
  {
    key: 'ikm05', brand: 'Karet Abadi', kbli: ['22192'], street: 'Jl. Medan–Binjai Km 10,8 No. 3, Sunggal', province: 'Sumatera Utara', regency: 'Kabupaten Deli Serdang', postal: '20351', at: [3.5867, 98.5921],
    founded: 1998, workers: [33, 9, 0], turnover: '3200000000', processes: ['rubber_moulding'], materials: ['natural_rubber', 'synthetic_rubber'],
    machines: [['Mesin press karet hidrolik 100 ton', 4], ['Mixing roll', 2]], capacity: [80000, 'pcs'],
    certs: [['sni', 'SNI-06-0181-2019/0098', 20], ['halal', 'ID12110000912350322', null]],
    products: [['Seal karet tangki'], ['Karet peredam (rubber damper)', 'RD-11'], ['Grommet']], customers: ['PT Garuda Karet Teknik'], contact: ['Rahmat Siregar', 'Pemilik', '0813-7055-1290'],
  },
  {
    key: 'ikm06', brand: 'PMB', kbli: ['25920', '28221'], street: 'Jl. Raya Narogong Km 5 No. 17, Bantargebang', province: 'Jawa Barat', regency: 'Kota Bekasi', postal: '17151', at: [-6.3129, 106.9955],
    founded: 2010, workers: [61, 8, 1], turnover: '14200000000', processes: ['cnc_machining', 'machining', 'heat_treatment'], materials: ['steel', 'stainless_steel', 'aluminium'],
    machines: [['CNC turning', 6], ['CNC milling 3 axis', 4], ['Mesin gerinda silinder', 2], ['Tungku hardening', 1]], capacity: [90000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2022/05520', 300], ['iatf_16949', 'IATF-0412773', 380]],
    products: [['Shaft gear transmisi', 'SGT-90'], ['Bushing presisi'], ['Pin piston', 'PP-13']], customers: ['PT Mega Machining Indonesia', 'PT Indo Rantai Transmisi'], contact: ['Lukman Hidayat', 'Kepala Pabrik', '0811-9120-3355'],
  },
  {
    key: 'ikm07', brand: 'Tunas Cor', kbli: ['24310', '24320'], street: 'Desa Batur RT 02/RW 05, Ceper', province: 'Jawa Tengah', regency: 'Kabupaten Klaten', postal: '57465', at: [-7.6772, 110.6835],
    founded: 1989, workers: [42, 3, 0], turnover: '5400000000', processes: ['casting', 'machining'], materials: ['cast_iron', 'aluminium'],
    machines: [['Tanur induksi 500 kg', 2], ['Kupola', 1], ['Mesin bubut', 5]], capacity: [60, 'ton'],
    certs: [['sni', 'SNI-07-0000-2021/0331', -12]],
    products: [['Tromol rem', 'TR-100'], ['Rumah pompa oli'], ['Hub roda belakang']], customers: ['PT Nusantara Casting Industri', 'PT Karya Rem Nusantara'], contact: ['Wahyu Santoso', 'Pemilik', '0812-2690-1144'],
  },
  {
    key: 'ikm08', brand: 'Citra Stamping', kbli: ['25910'], street: 'Kawasan Industri Jababeka II Jl. Industri Selatan 4 Blok GG-7', province: 'Jawa Barat', regency: 'Kabupaten Bekasi', postal: '17550', at: [-6.3056, 107.1667],
    founded: 2007, workers: [88, 12, 2], turnover: '18700000000', processes: ['stamping_press', 'die_making', 'laser_cutting'], materials: ['steel', 'stainless_steel'],
    machines: [['Mesin press progresif 200 ton', 3], ['Mesin press 80 ton', 6], ['Laser cutting fiber 3 kW', 1], ['Wire cut EDM', 2]], capacity: [350000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2019/00310', 600], ['iatf_16949', 'IATF-0398112', 150], ['smk3', 'SMK3/2023/JB/0712', 700]],
    products: [['Bracket lampu depan', 'BLD-02'], ['Stay mudguard', 'SM-44'], ['Washer khusus']], customers: ['PT Cahaya Press Indonesia', 'PT Surya Lampu Kendaraan'], contact: ['Fitri Rahayu', 'Direktur', '0812-9300-8870'],
  },
  {
    key: 'ikm09', brand: 'Anugerah Las', kbli: ['25999', '33119'], street: 'Jl. Raya Serang Km 24 No. 9, Balaraja', province: 'Banten', regency: 'Kabupaten Tangerang', postal: '15610', at: [-6.2003, 106.4551],
    founded: 2012, workers: [24, 2, 0], turnover: '1700000000', processes: ['welding', 'sheet_metal_fabrication'], materials: ['steel', 'stainless_steel'],
    machines: [['Mesin las MIG', 6], ['Mesin las TIG', 3], ['Mesin tekuk (bending) hidrolik', 1]], capacity: [8000, 'pcs'],
    certs: [],
    products: [['Rangka jig las'], ['Rak komponen (trolley) produksi'], ['Bracket knalpot']], customers: ['PT Sentosa Frame Industri'], contact: ['Eko Saputra', 'Pemilik', '0878-7711-2233'],
  },
  {
    key: 'ikm10', brand: 'Warna Coating', kbli: ['25920'], street: 'Jl. Raya Bogor Km 28 No. 51, Pasar Rebo', province: 'DKI Jakarta', regency: 'Kota Administrasi Jakarta Timur', postal: '13710', at: [-6.3372, 106.8631],
    founded: 2003, workers: [49, 10, 1], turnover: '8600000000', processes: ['powder_coating', 'painting_coating'], materials: ['steel', 'aluminium'],
    machines: [['Booth powder coating otomatis', 2], ['Oven curing conveyor', 1], ['Booth cat basah', 2]], capacity: [140000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2021/02671', 90], ['iso_14001', 'EMS/ID/2021/00988', 30]],
    products: [['Jasa powder coating rangka'], ['Pengecatan velg', 'PV-17']], customers: ['PT Arta Coating Teknologi'], contact: ['Kartika Wijaya', 'Direktur', '0812-1040-6621'],
  },
  {
    key: 'ikm11', brand: 'Berkah Jok', kbli: ['30912', '15122'], street: 'Jl. Raya Jatinangor No. 120, Cileunyi', province: 'Jawa Barat', regency: 'Kabupaten Bandung', postal: '40622', at: [-6.9383, 107.7522],
    founded: 2011, workers: [35, 20, 1], turnover: '2600000000', processes: ['sewing_upholstery', 'assembly'], materials: ['synthetic_leather', 'textile', 'polyurethane'],
    machines: [['Mesin jahit industri', 18], ['Mesin potong kain', 2]], capacity: [25000, 'set'],
    certs: [['sni', 'SNI-0655-2022/0145', 420]],
    products: [['Cover jok sepeda motor', 'CJ-150'], ['Jok lengkap (busa + cover)']], customers: ['PT Samudra Seat Components'], contact: ['Dewi Maharani', 'Pemilik', '0822-1199-3140'],
  },
  {
    key: 'ikm12', brand: 'KHP', kbli: ['27320', '30912'], street: 'Jl. Raya Sadang–Subang Km 3, Bungursari', province: 'Jawa Barat', regency: 'Kabupaten Purwakarta', postal: '41181', at: [-6.5042, 107.4726],
    founded: 2015, workers: [112, 70, 3], turnover: '21000000000', processes: ['wiring_harness', 'assembly'], materials: ['copper', 'pvc'],
    machines: [['Mesin potong-kupas kabel otomatis', 6], ['Mesin crimping', 14], ['Papan rakit harness', 30]], capacity: [45000, 'set'],
    certs: [['iso_9001', 'QMS/ID/2023/06103', 700], ['iatf_16949', 'IATF-0455108', 640]],
    products: [['Wiring harness bodi', 'WH-B125'], ['Kabel lampu belakang', 'KLB-9']], customers: ['PT Bintang Wiring Systems'], contact: ['Nanda Saputra', 'Manajer Pabrik', '0813-2299-6060'],
  },
  {
    key: 'ikm13', brand: 'Lancar Tempa', kbli: ['25910'], street: 'Jl. Raya Mojosari–Pacet Km 4, Ngoro', province: 'Jawa Timur', regency: 'Kabupaten Pasuruan', postal: '67155', at: [-7.5611, 112.6278],
    founded: 2004, workers: [40, 4, 0], turnover: '6100000000', processes: ['forging', 'machining', 'heat_treatment'], materials: ['steel'],
    machines: [['Mesin tempa friction screw 300 ton', 2], ['Tungku pemanas induksi', 2], ['Mesin bubut', 6]], capacity: [70000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2020/01760', 15]],
    products: [['Gigi rasio mentah (blank)'], ['Tuas rem', 'TRM-2'], ['Kunci roda']], customers: ['PT Prima Logam Forging'], contact: ['Taufik Nugroho', 'Pemilik', '0812-3377-9012'],
  },
  {
    key: 'ikm14', brand: 'RCP Mould', kbli: ['28223', '22293'], street: 'Jl. Industri Cikupa Mas Blok H No. 6', province: 'Banten', regency: 'Kabupaten Tangerang', postal: '15710', at: [-6.2285, 106.5122],
    founded: 2013, workers: [29, 5, 0], turnover: '7300000000', processes: ['die_making', 'cnc_machining', 'injection_moulding'], materials: ['steel', 'polypropylene'],
    machines: [['CNC milling 5 axis', 1], ['EDM sinker', 2], ['Mesin injeksi percobaan 120 ton', 1]], capacity: [12, 'set'],
    certs: [['iso_9001', 'QMS/ID/2022/04052', 250]],
    products: [['Mold injeksi plastik'], ['Perbaikan dan modifikasi mold']], customers: ['PT Mitra Plastik Otomotif', 'CV Mekar Plastindo'], contact: ['Oki Wijaya', 'Direktur Teknik', '0817-0909-3131'],
  },
  {
    key: 'ikm15', brand: 'Mitra Bubut', kbli: ['25920'], street: 'Jl. Raya Waru No. 19, Waru', province: 'Jawa Timur', regency: 'Kabupaten Sidoarjo', postal: '61256', at: [-7.3522, 112.7311],
    founded: 2009, workers: [31, 3, 1], turnover: '3900000000', processes: ['machining', 'cnc_machining'], materials: ['steel', 'brass', 'aluminium'],
    machines: [['Mesin bubut konvensional', 8], ['CNC turning', 3], ['Mesin frais', 2]], capacity: [55000, 'pcs'],
    certs: [['iso_9001', 'QMS/ID/2021/03320', 160]],
    products: [['Baut khusus', 'BK-M8'], ['Spacer as roda'], ['Nipel kuningan']], customers: ['PT Mega Machining Indonesia'], contact: ['Sri Utami', 'Pemilik', '0856-4811-7702'],
  },
  {
    key: 'ikm16', brand: 'KILT', kbli: ['24310', '25910'], street: 'Jl. Raya Talang No. 88, Talang', province: 'Jawa Tengah', regency: 'Kabupaten Tegal', postal: '52193', at: [-6.9167, 109.1167],
    founded: 1982, workers: [95, 12, 2], turnover: '11200000000', processes: ['casting', 'stamping_press', 'welding', 'machining'], materials: ['cast_iron', 'steel'],
    machines: [['Tanur induksi 250 kg', 3], ['Mesin press 60 ton', 4], ['Mesin bubut', 10]], capacity: [90, 'ton'],
    certs: [['sni', 'SNI-0012-2020/0720', 500]],
    products: [['Komponen rem tromol'], ['Bracket mesin'], ['Suku cadang alat pertanian']], customers: ['PT Karya Rem Nusantara', 'PT Nusantara Casting Industri'], contact: ['Gilang Purnomo', 'Ketua Koperasi', '0812-2701-5545'],
  },
];
