/**
 * The contact office a message names by its own name ("jemand von NRW.Global", "someone at GGBa",
 * "津市ビジネスサポートセンターの方"), from each office's `calledBy` and `name` in `knowledge/offices.json`.
 * The longest name found wins, so "NRW.Global Business Japan" is NRW Japan K.K., not NRW.Global Business.
 */
import type { Office, OfficeDirectory } from './offices';
import { escapeRegExp } from '../knowledge/analysis/normalize';

/** Folds case, width, accents and separators so "NRW.Global", "nrw global" and "ＮＲＷ・Global" meet. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-‐=＝・.,()（）、]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HAS_CJK = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface CompiledName {
  office: Office;
  length: number;
  /** The folded name: a message without it has no match, so the expression is neither run nor compiled. */
  folded: string;
  pattern: RegExp;
}

export class NamedOffice {
  private readonly names: CompiledName[];

  constructor(directory: OfficeDirectory) {
    this.names = directory.offices.flatMap((office) =>
      [...(office.calledBy ?? []), ...Object.values(office.name)].map((name) => {
        const folded = fold(name);
        // Latin names are words of their own ("OPI" is not in "opinion"), also glued to Japanese ("OPIの人"); Japanese
        // has no spaces between words.
        const source = HAS_CJK.test(folded) ? escapeRegExp(folded) : `(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(folded)}(?![\\p{Script=Latin}\\p{N}])`;
        return { office, length: folded.length, folded, pattern: new RegExp(source, 'u') };
      }),
    );
  }

  /**
   * The office the message names, if any; `regions` limits it to a partnership's regions.
   * @example
   * named.in('Kann ich mit jemand von NRW.Global sprechen?')?.id; // 'nrw-global-business'
   */
  in(text: string, regions?: readonly string[]): Office | undefined {
    const folded = fold(text);
    let best: CompiledName | undefined;
    for (const name of this.names) {
      if (regions && !regions.includes(name.office.servesRegion)) continue;
      if ((!best || name.length > best.length) && folded.includes(name.folded) && name.pattern.test(folded)) best = name;
    }
    return best?.office;
  }
}
