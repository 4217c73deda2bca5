import { Alert, App, Button, Form, Space } from 'antd';
import { useI18n } from '../../i18n';
import { showFieldProblems } from '../dossiers/problems';
import { CodeField, ProblemAlert } from './fields';
import { useActivate, useResendCode } from './queries';
import type { CitizenMe, SentCode } from './types';

/** After sign-up: the code sent to the citizen, with a way to ask for a new one; activates and logs in. */
export function CodeStep({ account, sent, onDone }: { account: string; sent: SentCode; onDone: (me: CitizenMe) => void }) {
  const { t, fmt } = useI18n();
  const c = t.account.code;
  const { message } = App.useApp();
  const activate = useActivate();
  const resend = useResendCode();
  const [form] = Form.useForm<{ code: string }>();
  return (
    <>
      <Alert type="info" showIcon title={fmt(c.sent, { to: sent.sentTo, minutes: String(sent.expiresMinutes) })} style={{ marginBottom: 16 }} data-testid="code-sent" />
      <ProblemAlert error={activate.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) =>
          activate.mutate({ account, code: v.code.trim() }, { onSuccess: onDone, onError: (e) => showFieldProblems(form, e, ['code']) })
        }
      >
        <CodeField />
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={activate.isPending} data-testid="code-submit">
            {c.submit}
          </Button>
          <Button onClick={() => resend.mutate({ account }, { onSuccess: () => void message.success(c.resent) })} loading={resend.isPending}>
            {c.resend}
          </Button>
        </Space>
      </Form>
    </>
  );
}
