/** Contact offices named in a partnership agreement, as data (`knowledge/offices.json`). */
import fs from 'node:fs';

export interface Office {
  id: string;
  partnership: string;
  servesRegion: string;
  name: Record<string, string>;
  city: string;
  timeZone: string;
  languages: string[];
}

export interface OfficeDirectory {
  offices: Office[];
}

export function loadOffices(file: string): OfficeDirectory {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { offices: Office[] };
  return { offices: data.offices };
}

export function officeName(office: Office, language: string): string {
  return office.name[language] ?? office.name.en ?? office.id;
}
