import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parsePlanBlocks, parsePlanText, type ParsedTask } from '../../src/domain/plans';
import { planDocx } from '../../src/server/documents/plan-docx';
import { docxToBlocks } from '../../src/server/documents/plan-docx-read';
import { SEED_FILES, seedText } from '../domain/plans/seeds';

/** A task as compared across the round trip; a task read without an appendix is exported under "PHỤ LỤC". */
const shape = (t: ParsedTask, keepAppendix: boolean) => ({ ...t, appendix: keepAppendix ? t.appendix : null });

describe('export → re-import round trip of the five seed plans', () => {
  for (const file of SEED_FILES) {
    it(`${file}: the exported .docx reads back to the same plan and tasks`, async () => {
      const p = parsePlanText(seedText(file));
      const bytes = await planDocx({ agencyName: 'Sở Tư pháp tỉnh An Giang', ...p.meta, planDate: p.meta.date, year: p.meta.year!, tasks: p.tasks.map((t) => ({ ...t, deadline: t.deadline.asWritten })) });
      const back = parsePlanBlocks(await docxToBlocks(bytes));
      expect(back.report.layout).toBe('table');
      expect(back.report.unrecognised).toEqual([]);
      expect(back.tasks.map((t, i) => shape(t, p.tasks[i]?.appendix !== null))).toEqual(p.tasks.map((t) => shape(t, t.appendix !== null)));
      expect(back.meta).toEqual(p.meta);
    });
  }

  it('writes the national header, the numbered sections and the appendix table', async () => {
    const p = parsePlanText(seedText('an-giang-stp-2023.txt'));
    const bytes = await planDocx({ agencyName: 'Sở Tư pháp tỉnh An Giang', ...p.meta, planDate: p.meta.date, year: 2023, tasks: p.tasks.map((t) => ({ ...t, deadline: t.deadline.asWritten })) });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 19/KH-STP', 'An Giang, ngày 09 tháng 02 năm 2023', 'KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', 'IV. TỔ CHỨC THỰC HIỆN', 'PHỤ LỤC I', 'Cơ quan chủ trì', 'Thời gian hoàn thành']) expect(text).toContain(s);
    expect(text.indexOf('CỘNG HÒA')).toBeLessThan(text.indexOf('KẾ HOẠCH'));
    expect(xml).toContain('w:orient="landscape"');
  });
});
