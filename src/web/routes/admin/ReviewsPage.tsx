import { ArrowLeftOutlined } from '@ant-design/icons';
import { Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PlansPanel } from '../../features/review/PlansPanel';
import { yearOptions } from '../../features/review/pickers';
import { ReviewEditor } from '../../features/review/ReviewEditor';
import { ReviewList, SummaryPanel } from '../../features/review/ReviewList';
import { useI18n } from '../../i18n';

/** /quan-tri/ra-soat — review plans, reviews with compliance cost, and the province summary of a year. */
export function ReviewsPage() {
  const { t } = useI18n();
  const c = t.review;
  const [year, setYear] = useState(new Date().getFullYear());
  return (
    <>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={2}>{c.reviews.title}</Typography.Title>
        <Select value={year} onChange={setYear} options={yearOptions()} aria-label={c.common.year} style={{ width: 100 }} />
      </Space>
      <Tabs
        defaultActiveKey="reviews"
        items={[
          { key: 'plans', label: c.reviews.tabPlans, children: <PlansPanel year={year} /> },
          { key: 'reviews', label: c.reviews.tabReviews, children: <ReviewList year={year} /> },
          { key: 'summary', label: c.reviews.tabSummary, children: <SummaryPanel year={year} /> },
        ]}
      />
    </>
  );
}

/** /quan-tri/ra-soat/:id — one review. */
export function ReviewDetailPage() {
  const { t } = useI18n();
  const { id } = useParams();
  return (
    <>
      <Link to="/quan-tri/ra-soat">
        <ArrowLeftOutlined /> {t.review.common.back}
      </Link>
      <div style={{ marginTop: 8 }}>{id && <ReviewEditor key={id} id={id} />}</div>
    </>
  );
}
