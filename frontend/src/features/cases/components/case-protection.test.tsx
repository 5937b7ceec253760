import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CASE_ID, caseView } from '@/testing/case-fixtures';
import { me, organization, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/render-app';
import type { RiskAssessment } from '../api/care-types';
import type { CaseStatus } from '../types';

const ROUTE = `/cases/${CASE_ID}?tab=protection`;
const ASSESSMENTS = `/api/v1/cases/${CASE_ID}/risk-assessments`;
const TIMELINE_KEY = ['cases', 'timeline', CASE_ID, { page: 0, size: 20 }];

function assessment(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return {
    id: 'a1',
    caseId: CASE_ID,
    level: 'HIGH',
    threatSources: ['TRAFFICKER_OR_NETWORK', 'DEBT_HOLDER'],
    atRisk: ['PERSON', 'CHILDREN'],
    threats: 'Đường dây gọi điện đòi nợ 30 triệu đồng',
    measures: ['IDENTITY_CONFIDENTIALITY', 'SAFE_SHELTER'],
    measuresNote: 'Đã đề nghị Công an phường theo dõi',
    assessedAt: '2026-03-03T10:00:00+07:00',
    assessedByName: 'Nguyễn Thị Lan',
    ...overrides,
  };
}

interface Setup {
  assessments?: RiskAssessment[];
  status?: CaseStatus;
  /** The answer to the POST, instead of recording it. */
  post?: Response;
}

function setup({ assessments = [], status = 'SUPPORTING', post }: Setup = {}) {
  let items = assessments;
  return mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/organizations': json(page([organization()])),
    'GET /api/v1/cases/:id': json(caseView({ status }), { headers: { ETag: '"4"' } }),
    'GET /api/v1/cases/:id/risk-assessments': () => json({ items }),
    'POST /api/v1/cases/:id/risk-assessments': async (request) => {
      if (post) return post;
      const body = await request.json();
      items = [assessment({ id: 'a-new', ...body, assessedByName: 'Nguyễn Thị Lan' }), ...items];
      return json(items[0], { status: 201 });
    },
  });
}

describe('protection tab', { timeout: 20_000 }, () => {
  it('shows the latest level prominently with its details, and the earlier assessments as history', async () => {
    setup({
      assessments: [
        assessment(),
        assessment({
          id: 'a0',
          level: 'LOW',
          threatSources: ['COMMUNITY'],
          atRisk: ['FAMILY'],
          threats: undefined,
          measures: [],
          measuresNote: undefined,
          assessedAt: '2026-03-02T10:00:00+07:00',
          assessedByName: 'Phạm Văn Hùng',
        }),
      ],
    });
    renderApp({ route: ROUTE });

    const latest = await screen.findByRole('region', { name: 'Đánh giá gần nhất' });
    expect(within(latest).getByText('Mức nguy cơ hiện tại: Cao')).toBeInTheDocument();
    expect(within(latest).getByText('Đối tượng mua bán người, đường dây, Chủ nợ')).toBeInTheDocument();
    expect(within(latest).getByText('Người được tiếp nhận, Con của người đó')).toBeInTheDocument();
    expect(within(latest).getByText('Đường dây gọi điện đòi nợ 30 triệu đồng')).toBeInTheDocument();
    expect(within(latest).getByText('Giữ bí mật thông tin nhân thân, Bố trí nơi ở an toàn')).toBeInTheDocument();
    expect(within(latest).getByText('Đã đề nghị Công an phường theo dõi')).toBeInTheDocument();
    expect(within(latest).getAllByText(/Nguyễn Thị Lan/).length).toBeGreaterThan(0);

    const history = screen.getByRole('table', { name: 'Các lần đánh giá trước' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByText('Thấp')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Cộng đồng nơi cư trú')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Chưa áp dụng biện pháp nào')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Phạm Văn Hùng')).toBeInTheDocument();
  });

  it('says when there is no assessment yet, and offers to record one', async () => {
    setup();
    renderApp({ route: ROUTE });
    expect(await screen.findByText(/Chưa có đánh giá nguy cơ nào/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers no new assessment on a closed case, and says why', async () => {
    setup({ status: 'CLOSED', assessments: [assessment()] });
    renderApp({ route: ROUTE });
    expect(await screen.findByText('Hồ sơ đã đóng: hãy mở lại hồ sơ trước khi đánh giá lại nguy cơ.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' })).not.toBeInTheDocument();
  });

  it('asks for the level, a threat source, who is at risk and a time not in the future before sending', async () => {
    const network = setup();
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));
    const dialog = screen.getByRole('dialog', { name: 'Ghi nhận đánh giá nguy cơ' });
    fireEvent.change(within(dialog).getByLabelText(/Thời điểm đánh giá/), { target: { value: '2099-01-01T10:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));

    expect(within(dialog).getByRole('group', { name: /Mức nguy cơ/ })).toHaveAccessibleDescription('Hãy chọn mức nguy cơ.');
    expect(within(dialog).getByRole('group', { name: /Nguồn đe dọa/ })).toHaveAccessibleDescription(
      'Chọn ít nhất một nguồn đe dọa.',
    );
    expect(within(dialog).getByRole('group', { name: /Người gặp nguy cơ/ })).toHaveAccessibleDescription(
      'Chọn ít nhất một người gặp nguy cơ.',
    );
    expect(within(dialog).getByLabelText(/Thời điểm đánh giá/)).toHaveAccessibleDescription('Thời điểm này chưa tới.');
    expect(within(dialog).getByRole('link', { name: 'Mức nguy cơ: Hãy chọn mức nguy cơ.' })).toHaveAttribute(
      'href',
      '#risk-level',
    );
    expect(network.to('POST', ASSESSMENTS)).toHaveLength(0);
  });

  it('records an assessment, then shows it as the latest and refreshes the timeline', async () => {
    const network = setup({ assessments: [assessment({ id: 'a0', level: 'LOW' })] });
    const { user, queryClient } = renderApp({ route: ROUTE });
    queryClient.setQueryData(TIMELINE_KEY, { items: [], page: 0, size: 20, total: 0 });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Rất cao, cần bảo vệ ngay' }));
    // Ticked out of order: sent in the form's order.
    await user.click(within(dialog).getByRole('checkbox', { name: 'Chủ nợ' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Đối tượng mua bán người, đường dây' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Người được tiếp nhận' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Mô tả nguy cơ/ }), '  Bị nhắn tin đe dọa  ');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Lập kế hoạch an toàn' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));

    expect(await screen.findByText('Đã ghi nhận đánh giá nguy cơ.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [request] = network.to('POST', ASSESSMENTS);
    expect(request!.headers.get('Idempotency-Key')).toBeTruthy();
    const body = await request!.json();
    expect(body).toEqual({
      level: 'CRITICAL',
      threatSources: ['TRAFFICKER_OR_NETWORK', 'DEBT_HOLDER'],
      atRisk: ['PERSON'],
      threats: 'Bị nhắn tin đe dọa',
      measures: ['SAFETY_PLAN'],
      assessedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/),
    });
    const latest = await screen.findByRole('region', { name: 'Đánh giá gần nhất' });
    expect(await within(latest).findByText('Mức nguy cơ hiện tại: Rất cao, cần bảo vệ ngay')).toBeInTheDocument();
    expect(queryClient.getQueryState(TIMELINE_KEY)?.isInvalidated).toBe(true);
  });

  it("shows the server's refusal: a case closed meanwhile, with a way to reload it", async () => {
    const network = setup({
      post: problem(409, { code: 'case.closed', title: 'Conflict', detail: 'Reopen the case before assessing it again' }),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Trung bình' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Người môi giới, tuyển dụng' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Gia đình' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Hồ sơ đã đóng nên không ghi nhận thêm đánh giá nguy cơ. Hãy mở lại hồ sơ nếu cần đánh giá lại.',
    );
    expect(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' })).toBeInTheDocument();
    expect(network.to('POST', ASSESSMENTS)).toHaveLength(1);
  });

  it('puts a field error of the server on its field', async () => {
    setup({
      post: problem(422, {
        code: 'validation.failed',
        errors: [{ field: 'assess.body.measuresNote', message: 'size must be between 0 and 4000' }],
      }),
    });
    const { user } = renderApp({ route: ROUTE });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Thấp' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Khác' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Người làm chứng' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận đánh giá nguy cơ' }));
    expect(await within(dialog).findByRole('textbox', { name: /Ghi chú về biện pháp/ })).toHaveAccessibleDescription(
      /size must be between 0 and 4000/,
    );
  });

  it('shows a failed list with a retry', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/me': json(me(['social-worker'])),
      'GET /api/v1/organizations': json(page([organization()])),
      'GET /api/v1/cases/:id': json(caseView(), { headers: { ETag: '"4"' } }),
      'GET /api/v1/cases/:id/risk-assessments': () =>
        fail ? problem(500, { code: 'internal', title: 'Internal error' }) : json({ items: [assessment()] }),
    });
    const { user } = renderApp({ route: ROUTE });
    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chủ gặp lỗi. Hãy thử lại sau.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Mức nguy cơ hiện tại: Cao')).toBeInTheDocument();
  });
});
