import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PaknDeskEntry, PaknRuleSet } from '../../../domain/pakn';
import { actOnPakn } from '../../services/act-on-pakn';
import { listPaknInbox } from '../../services/list-pakn';
import { paknDashboard } from '../../services/pakn-dashboard';
import { addPaknRuleSet, listPaknRules } from '../../services/pakn-rules';
import { officerPaknView } from '../../services/pakn-view';
import { recordPaknAtDesk } from '../../services/record-pakn';
import type { Store } from '../../storage/database';
import { ctxOf } from '../context';
import { problemResponses } from '../schemas';
import { ActionInput, Created, Dashboard, DashboardQuery, InboxPage, InboxQuery, OfficerView, PaknCodeParam, RuleSetView } from './schemas';

const tags = ['pakn'];

/** Officers: the PAKN inbox, counter entry, the item with its allowed actions, actions, the dashboard, deadline rule sets. */
export const paknOfficerRoutes = (deps: { store: Store }): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/pakn',
      { schema: { tags, summary: 'Hộp thư phản ánh, kiến nghị của cơ quan (lọc theo trạng thái, loại, quá hạn, từ khóa)', querystring: InboxQuery, response: { 200: InboxPage, ...problemResponses } } },
      async (req) => listPaknInbox(ctxOf(deps.store, req), req.query),
    );

    app.post(
      '/api/pakn',
      {
        schema: {
          tags,
          summary: 'Cán bộ ghi nhận phản ánh, kiến nghị (thư, điện thoại, thư điện tử, trực tiếp); thiếu thông tin theo Điều 7 NĐ 20/2008 thì ghi "không tiếp nhận" kèm lý do',
          body: PaknDeskEntry,
          response: { 201: Created, ...problemResponses },
        },
      },
      async (req, reply) => reply.status(201).send(await recordPaknAtDesk(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/pakn/dashboard',
      { schema: { tags, summary: 'Bảng theo dõi: số lượng theo loại, trạng thái; tỷ lệ đúng hạn; chỉ số 766 (5.2, 5.3); danh sách quá hạn', querystring: DashboardQuery, response: { 200: Dashboard, ...problemResponses } } },
      async (req) => paknDashboard(ctxOf(deps.store, req), req.query),
    );

    app.get(
      '/api/pakn/rule-sets',
      { schema: { tags, summary: 'Các bộ quy định thời hạn xử lý phản ánh, kiến nghị theo ngày hiệu lực', response: { 200: z.array(RuleSetView), ...problemResponses } } },
      async (req) => listPaknRules(ctxOf(deps.store, req)),
    );

    app.post(
      '/api/pakn/rule-sets',
      { schema: { tags, summary: 'Thêm bộ quy định thời hạn theo văn bản (áp dụng cho phản ánh tiếp nhận từ ngày hiệu lực)', body: PaknRuleSet, response: { 201: z.array(RuleSetView), ...problemResponses } } },
      async (req, reply) => reply.status(201).send(await addPaknRuleSet(ctxOf(deps.store, req), req.body)),
    );

    app.get(
      '/api/pakn/:code',
      { schema: { tags, summary: 'Phản ánh, kiến nghị: nội dung, phân loại, thời hạn, lịch sử, thao tác được phép, gợi ý trùng lặp', params: PaknCodeParam, response: { 200: OfficerView, ...problemResponses } } },
      async (req) => officerPaknView(ctxOf(deps.store, req), req.params.code),
    );

    app.post(
      '/api/pakn/:code/actions',
      {
        schema: {
          tags,
          summary: 'Thao tác trên phản ánh (tiếp nhận, phân loại, chuyển, gộp, đề nghị bổ sung, dự thảo, duyệt, công khai, gia hạn); 409 kèm các thao tác được phép',
          params: PaknCodeParam,
          body: ActionInput,
          response: { 200: OfficerView, ...problemResponses },
        },
      },
      async (req) => actOnPakn(ctxOf(deps.store, req), req.params.code, req.body),
    );
  };
