/*
 * Who gives casualty figures, as data: each canonical name (the spelling data/ uses, so that
 * records from different reports group together) with the ways reports name or describe it.
 * A description that stands for different sources in different wars ("the civil defence",
 * "the health ministry") names the countries where it means this source; the extractor picks
 * the one for the country the report is about (its place names decide; PS-GAZA and PS-WB tell
 * Gaza from the West Bank). Names are written as a reader would; matching ignores case,
 * accents, hyphens and a possessive 's. Acronyms that are also words match only in capitals.
 */
export interface KnownSource {
  canonical: string;
  names: string[];
  /** Where these names mean this source; absent: anywhere. */
  where?: string[];
}

export const KNOWN_SOURCES: KnownSource[] = [
  {
    canonical: 'White Helmets (Syria Civil Defence)',
    names: [
      'White Helmets',
      'Syrian Civil Defence',
      'Syria Civil Defence',
      'Syrian Civil Defense',
      'Syria Civil Defense',
      'SCD',
    ],
  },
  {
    canonical: 'White Helmets (Syria Civil Defence)',
    names: [
      'civil defence',
      'civil defense',
      'civil defence agency',
      'civil defense agency',
      'rescue workers',
      'rescue group',
      'rescue service',
      'volunteer first responders group',
    ],
    where: ['SY'],
  },
  { canonical: 'Rescuers at the scene', names: ['rescuers', 'local rescuers'], where: ['SY'] },
  {
    canonical: 'Syrian Observatory for Human Rights (SOHR)',
    names: [
      'Syrian Observatory for Human Rights',
      'Syria Observatory for Human Rights',
      'Syrian Observatory',
      'SOHR',
      'Rami Abdulrahman',
      'Rami Abdel Rahman',
      'Rami Abdul Rahman',
      'Rami Abdelrahman',
      'Britain-based war monitor',
      'Britain-based monitor',
      'UK-based war monitor',
      'UK-based monitor',
      'U.K.-based Observatory',
      'Britain-based Observatory',
      'UK-based Syrian Observatory',
    ],
  },
  {
    canonical: 'Syrian Observatory for Human Rights (SOHR)',
    names: [
      'the Observatory',
      'war monitor',
      'the monitor',
      'a monitor',
      'monitoring group',
      'a monitoring group',
      'the monitoring group',
    ],
    where: ['SY'],
  },
  {
    canonical: 'Syrian Network for Human Rights (SNHR)',
    names: ['Syrian Network for Human Rights', 'SNHR', 'the Network'],
  },
  {
    canonical: 'OCHA',
    names: [
      'OCHA',
      'Office for the Coordination of Humanitarian Affairs',
      'UN humanitarian office',
    ],
  },
  { canonical: 'UNICEF', names: ['UNICEF'] },
  { canonical: 'World Health Organization (WHO)', names: ['World Health Organization', 'WHO'] },
  { canonical: 'Save the Children', names: ['Save the Children'] },
  { canonical: 'MSF', names: ['Doctors Without Borders', 'Medecins Sans Frontieres', 'MSF'] },
  { canonical: 'SANA (Syrian state news agency)', names: ['SANA', 'Syrian Arab News Agency'] },
  {
    canonical: 'Syrian American Medical Society (SAMS)',
    names: ['Syrian American Medical Society', 'SAMS'],
  },
  { canonical: 'Airwars', names: ['Airwars'] },
  {
    canonical: 'OHCHR',
    names: [
      'UN human rights office',
      'UN Human Rights Office',
      'OHCHR',
      'Office of the UN High Commissioner for Human Rights',
    ],
  },
  { canonical: 'United Nations', names: ['United Nations'] },
  {
    canonical: 'UNMISS',
    names: ['UNMISS', 'UN Mission in South Sudan', 'United Nations Mission in South Sudan'],
  },
  {
    canonical: 'MINUSMA',
    names: [
      'MINUSMA',
      'United Nations Multidimensional Integrated Stabilization Mission in Mali',
      'UN Multidimensional Integrated Stabilization Mission in Mali',
      'UN mission in Mali',
    ],
  },
  // Gaza and the West Bank
  {
    canonical: 'Gaza Health Ministry',
    names: [
      'Gaza Health Ministry',
      'health ministry in Gaza',
      'Gaza health officials',
      'health officials in Gaza',
      'Gaza-based health authorities',
      'Gaza-based Health Ministry',
      'Gaza Strip health ministry',
      'Hamas-run health ministry',
      'health ministry in Hamas-run Gaza',
      'Health Ministry in the blockaded Gaza',
      'Ministry of Health in Gaza',
    ],
  },
  {
    canonical: 'Gaza Health Ministry',
    names: [
      'health ministry',
      'Ministry of Health',
      'the ministry',
      'health authorities',
      'local health authorities',
      'health officials',
      'ministry spokesman',
    ],
    where: ['PS-GAZA'],
  },
  {
    canonical: 'Palestinian Health Ministry',
    names: [
      'Ramallah-based health ministry',
      'Palestinian Authority-run Health Ministry',
      'health ministry in Ramallah',
    ],
  },
  {
    canonical: 'Palestinian Health Ministry',
    names: [
      'Palestinian health ministry',
      'health ministry',
      'Palestinian health officials',
      'the ministry',
    ],
    where: ['PS-WB'],
  },
  {
    canonical: 'Palestinian Civil Defence',
    names: [
      'Palestinian Civil Defence',
      'Palestinian Civil Defense',
      'Gaza civil defence',
      'Gaza civil defense',
      'Gaza Civil Defence Agency',
      "Gaza's Hamas-run Civil Defence agency",
      'Hamas-run Civil Defence Agency',
      'Mahmud Bassal',
      'Mahmoud Bassal',
    ],
  },
  {
    canonical: 'Palestinian Civil Defence',
    names: [
      'civil defence',
      'civil defense',
      'civil defence agency',
      'civil defense agency',
      'Civil Defence Agency',
      'rescuers',
      'Gaza rescuers',
      'civil defence rescuers',
    ],
    where: ['PS-GAZA'],
  },
  { canonical: 'Palestinian Red Crescent', names: ['Palestinian Red Crescent', 'PRCS'] },
  {
    canonical: 'WAFA',
    names: [
      'WAFA',
      'Wafa',
      'Wafa news agency',
      'Palestinian official news agency',
      'official Wafa news agency',
    ],
  },
  // Lebanon
  {
    canonical: 'Lebanese Health Ministry',
    names: [
      'Lebanese Health Ministry',
      'Lebanese health ministry',
      "Lebanon's health ministry",
      'Lebanese Ministry of Public Health',
    ],
  },
  {
    canonical: 'Lebanese Health Ministry',
    names: ['health ministry', 'the ministry'],
    where: ['LB'],
  },
  { canonical: 'National News Agency (NNA)', names: ['National News Agency', 'NNA'] },
  // Ukraine
  {
    canonical: 'Regional governor',
    names: [
      'regional governor',
      'the governor',
      'region’s governor',
      'governor of the region',
      'head of the regional military administration',
      'head of the region’s military administration',
      'regional military administration',
      'Regional Military Administration',
      'Regional State Administration',
      'oblast governor',
      'Oblast Governor',
      'Oblast Military Administration',
      'local governor',
    ],
    where: ['UA'],
  },
  {
    canonical: "Ukraine Prosecutor General's Office",
    names: [
      "Prosecutor General's Office",
      'Office of Prosecutor General',
      "Ukraine's Office of Prosecutor General",
      'PGO',
      'Regional Prosecutor’s Office',
      'prosecutor’s office',
    ],
  },
  // Sudan
  {
    canonical: 'Sudanese Armed Forces',
    names: ['Sudanese army', 'Sudanese Armed Forces', '6th Infantry Division'],
  },
  { canonical: 'Sudanese Armed Forces', names: ['the army', 'SAF'], where: ['SD'] },
  {
    canonical: 'Sudan Health Ministry',
    names: ['health ministry', 'Health Ministry', 'Ministry of Health'],
    where: ['SD'],
  },
  { canonical: 'Emergency Lawyers', names: ['Emergency Lawyers'] },
  {
    canonical: 'Sudan Doctors Network',
    names: [
      'Sudan Doctors Network',
      'Sudanese Doctors Network',
      'Sudan Doctors’ Union',
      "Sudan Doctors' Union",
      'Sudanese Doctors Union',
    ],
  },
  {
    canonical: 'Resistance Committees',
    names: [
      'Resistance Committee',
      'Resistance Committees',
      'Wad Madani Resistance Committee',
      'Madani Resistance Committee',
      'Coordination of Resistance Committees',
    ],
  },
  // Yemen
  {
    canonical: 'Houthi Health Ministry',
    names: [
      'Houthi health ministry',
      'Houthi-run health ministry',
      "rebel group's Health Ministry",
      'Houthi group’s health ministry',
      "Houthi group's health ministry",
      'Anis Al-Asbahi',
      'Anis al-Asbahi',
      'Anis Al Asbahi',
    ],
  },
  {
    canonical: 'Houthi Health Ministry',
    names: ['health ministry', 'Health Ministry'],
    where: ['YE'],
  },
  { canonical: 'SABA', names: ['SABA news agency', 'Rebel-controlled SABA news agency', 'SABA'] },
  {
    canonical: 'Saba (government)',
    names: ["internationally recognized government's state news agency"],
  },
  // Myanmar
  { canonical: 'Arakan Army', names: ['Arakan Army', 'AA'] },
  { canonical: 'Kachin Independence Army', names: ['Kachin Independence Army', 'KIA'] },
  { canonical: 'BBC Burmese', names: ['BBC Burmese'] },
  { canonical: 'Mizzima', names: ['Mizzima'] },
  { canonical: 'The Irrawaddy', names: ['Irrawaddy', 'The Irrawaddy'] },
  // Unnamed sources, kept as kinds so that a reader can filter them
  {
    canonical: 'Medical sources',
    // Not "doctors" or "paramedics": in a report they are as often among the victims.
    names: [
      'medical source',
      'medical sources',
      'medics',
      'hospital authorities',
      'hospital officials',
      'hospital director',
      'a doctor',
      'hospital records',
      'morgue records',
      'Palestinian medical sources',
      'medical officials',
    ],
  },
  {
    canonical: 'Local sources',
    names: [
      'witness',
      'a witness',
      'witnesses',
      'eyewitnesses',
      'residents',
      'a resident',
      'locals',
      'villagers',
      'local sources',
      'local activists',
      'activists',
    ],
  },
  {
    canonical: 'Local officials',
    names: [
      'local official',
      'a local official',
      'local officials',
      'local administrator',
      'local chief',
      'mayor',
      'Mayor',
    ],
  },
  {
    canonical: 'Authorities',
    names: [
      'authorities',
      'officials',
      'regional authorities',
      'Somali authorities',
      'Ukrainian officials',
      'local authorities',
      'Palestinian reports',
      'official Palestinian reports',
    ],
  },
  {
    canonical: 'Police',
    names: [
      'police',
      'police spokesman',
      'police official',
      'a local police official',
      'law enforcement official',
      'police sources',
      'provincial police',
    ],
  },
  {
    canonical: 'Security sources',
    names: ['security source', 'security sources', 'security officials'],
  },
  {
    canonical: 'Military officials',
    names: ['military official', 'government military official', 'military spokesman'],
  },
  {
    canonical: 'Government',
    names: [
      'government spokesman',
      'government sources',
      'government official',
      'government spokesperson',
      'provincial government spokesperson',
    ],
  },
  {
    canonical: 'Aid workers',
    names: ['aid workers', 'aid worker', 'humanitarian workers', 'humanitarian worker'],
  },
  {
    canonical: 'Health officials',
    names: ['health official', 'health officials', 'local health official'],
  },
];
