import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The five seed plans as shipped with the demo (src/server/demo/plans, byte for byte shared/seeds/000–004). */
export const SEED_FILES = ['an-giang-stp-2023.txt', 'khanh-hoa-stp-2021.txt', 'bac-giang-sct-2023.txt', 'soc-trang-stnmt-2022.txt', 'sa-pa-vp-2023.txt'] as const;

export const seedText = (file: (typeof SEED_FILES)[number]) => readFileSync(path.join(import.meta.dirname, '../../../src/server/demo/plans', file), 'utf8');
