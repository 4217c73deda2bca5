import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Input, Row, Select, Typography } from 'antd';
import { CRITERIA, type ProposalItem, type ReviewContent, type ReviewProblem } from '../../../domain/review';
import { useI18n } from '../../i18n';

type Part = Pick<ReviewContent, 'problems' | 'proposal'>;
const blankItem = (): ProposalItem => ({ content: '', reason: '', recommendation: '', legalProvisions: '', roadmap: '' });

/** Problems found and the simplification proposal (NĐ 63/2010 art. 31): content, reason, recommendation, provisions to amend, roadmap. */
export function ProposalEditor({ value, onChange, readOnly }: { value: Part; onChange: (v: Part) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const p = t.review.proposal;
  const setProblem = (i: number, patch: Partial<ReviewProblem>) => onChange({ ...value, problems: value.problems.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const setItem = (i: number, patch: Partial<ProposalItem>) => onChange({ ...value, proposal: { ...value.proposal, items: value.proposal.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) } });
  const remove = (kind: 'problem' | 'item', i: number) =>
    kind === 'problem' ? onChange({ ...value, problems: value.problems.filter((_, j) => j !== i) }) : onChange({ ...value, proposal: { ...value.proposal, items: value.proposal.items.filter((_, j) => j !== i) } });
  const del = (kind: 'problem' | 'item', i: number) => !readOnly && <Button size="small" danger icon={<DeleteOutlined />} aria-label={t.review.common.remove} onClick={() => remove(kind, i)} />;

  return (
    <>
      <Card size="small" title={p.problems} style={{ marginBottom: 12 }}>
        {value.problems.map((x, i) => (
          <Row key={i} gutter={8} style={{ marginBottom: 8 }} data-testid={`problem-${i}`}>
            <Col xs={24} md={8}>
              <Select disabled={readOnly} allowClear style={{ width: '100%' }} placeholder={p.criterion} value={x.criterion ?? undefined} onChange={(v) => setProblem(i, { criterion: v ?? null })} options={CRITERIA.map((c) => ({ value: c.key, label: c.text }))} />
            </Col>
            <Col xs={20} md={14}>
              <Input.TextArea disabled={readOnly} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={p.problem} value={x.description} onChange={(e) => setProblem(i, { description: e.target.value })} />
            </Col>
            <Col xs={4} md={2}>
              {del('problem', i)}
            </Col>
          </Row>
        ))}
        {!readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => onChange({ ...value, problems: [...value.problems, { criterion: null, description: '' }] })} data-testid="add-problem">
            {p.addProblem}
          </Button>
        )}
      </Card>
      <Card size="small" title={p.items}>
        <Typography.Text type="secondary">{p.summary}</Typography.Text>
        <Input.TextArea disabled={readOnly} autoSize={{ minRows: 2, maxRows: 6 }} value={value.proposal.summary} onChange={(e) => onChange({ ...value, proposal: { ...value.proposal, summary: e.target.value } })} style={{ marginBottom: 12 }} />
        {value.proposal.items.map((x, i) => (
          <Card key={i} size="small" type="inner" style={{ marginBottom: 8 }} title={`${i + 1}. ${x.content || p.content}`} extra={del('item', i)} data-testid={`proposal-item-${i}`}>
            {(['content', 'reason', 'recommendation', 'legalProvisions', 'roadmap'] as const).map((k) => (
              <div key={k} style={{ marginBottom: 6 }}>
                <Typography.Text type="secondary">{p[k]}</Typography.Text>
                <Input.TextArea disabled={readOnly} autoSize={{ minRows: 1, maxRows: 4 }} value={x[k]} onChange={(e) => setItem(i, { [k]: e.target.value } as Partial<ProposalItem>)} data-testid={`proposal-item-${i}-${k}`} />
              </div>
            ))}
          </Card>
        ))}
        {!readOnly && (
          <Button icon={<PlusOutlined />} onClick={() => onChange({ ...value, proposal: { ...value.proposal, items: [...value.proposal.items, blankItem()] } })} data-testid="add-proposal-item">
            {p.addItem}
          </Button>
        )}
      </Card>
    </>
  );
}
