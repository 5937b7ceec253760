import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { me, page } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { REFERRAL_ID, referral } from '@/testing/referral-fixtures';
import { renderApp } from '@/testing/render-app';

type Referral = ReturnType<typeof referral>;

const ROUTE = `/referrals/${REFERRAL_ID}`;
const LINK = `/api/v1/referrals/${REFERRAL_ID}/linked-case`;
const CASE = '7f0c2f4e-1111-4222-8333-444455556666';
const LAZY = { timeout: 10_000 };

/** A club's outreach referral the Social Work Centre accepted: no case of its own. */
function fromClub(overrides: Partial<Referral> = {}): Referral {
  return referral({
    side: 'RECEIVER',
    status: 'ACCEPTED',
    caseId: undefined,
    sharedCase: undefined,
    clubPerson: { kind: 'OUTREACH_CONTACT', clubName: 'CLB phường Cao Xanh', alias: 'T.', sex: 'FEMALE', targetGroup: 'PROSPECTIVE_MIGRANT_WORKER' },
    caseLinkSteps: ['OPEN_INTAKE', 'LINK_CASE'],
    ...overrides,
  } as Partial<Referral>);
}

function server(start: Referral) {
  let state = start;
  const network = mockFetch({
    'GET /api/v1/me': json(me(['social-worker'])),
    'GET /api/v1/referrals/:id': () => json(state, { headers: { ETag: `"${state.version}"` } }),
    'GET /api/v1/referrals/:id/comments': json({ items: [] }),
    'GET /api/v1/cases': (request) =>
      new URL(request.url).searchParams.get('q') === 'QN-2026-000042'
        ? json(page([{ id: CASE, caseNumber: 'QN-2026-000042', status: 'OPEN' }]))
        : json(page([])),
    [`PUT ${LINK}`]: async (request) => {
      if (request.headers.get('If-Match') !== `"${state.version}"`) return problem(412, { code: 'precondition.stale' });
      const body = await request.json();
      state = {
        ...state,
        version: (state.version ?? 0) + 1,
        caseLink: { caseId: body.caseId, caseNumber: 'QN-2026-000042', linkedAt: '2026-12-05T09:00:00+07:00', linkedByName: 'Nguyễn Thị Lan' },
        caseLinkSteps: ['UNLINK_CASE'],
      } as Referral;
      return json(state, { headers: { ETag: `"${state.version}"` } });
    },
  });
  return network;
}

describe("linking a club's referral to the person's case", { timeout: 20_000 }, () => {
  it('offers an intake from the referral and the link to an existing case', async () => {
    server(fromClub());
    renderApp({ route: ROUTE });
    expect(await screen.findByRole('heading', { name: 'Hồ sơ của người này' }, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở tiếp nhận từ chuyển tuyến này' })).toHaveAttribute('href', `/referrals/${REFERRAL_ID}/intake`);
    expect(screen.getByRole('textbox', { name: 'Số hồ sơ đã có' })).toBeInTheDocument();
  });

  it('finds the case by its number and links it with the referral version', async () => {
    const network = server(fromClub());
    const { user } = renderApp({ route: ROUTE });
    await user.type(await screen.findByRole('textbox', { name: 'Số hồ sơ đã có' }, LAZY), 'QN-2026-000042');
    await user.click(screen.getByRole('button', { name: 'Gắn với hồ sơ' }));
    expect(await screen.findByText(/Đã gắn với hồ sơ QN-2026-000042/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở hồ sơ QN-2026-000042' })).toHaveAttribute('href', `/cases/${CASE}`);
    const [put] = network.to('PUT', LINK);
    expect(await put!.json()).toEqual({ caseId: CASE });
    expect(put!.headers.get('If-Match')).toBe(`"${fromClub().version}"`);
    expect(screen.getByRole('button', { name: 'Bỏ liên kết' })).toBeInTheDocument();
  });

  it('says so when no case has the number, and sends nothing', async () => {
    const network = server(fromClub());
    const { user } = renderApp({ route: ROUTE });
    await user.type(await screen.findByRole('textbox', { name: 'Số hồ sơ đã có' }, LAZY), 'QN-2026-999999');
    await user.click(screen.getByRole('button', { name: 'Gắn với hồ sơ' }));
    expect(await screen.findByText('Không tìm thấy hồ sơ có số này trong tổ chức của bạn.')).toBeInTheDocument();
    expect(network.to('PUT', LINK)).toHaveLength(0);
  });

  it('shows nothing of a link to a referral about a case', async () => {
    server(referral({ side: 'RECEIVER' }));
    renderApp({ route: ROUTE });
    await screen.findByRole('heading', { level: 1 }, LAZY);
    expect(screen.queryByRole('heading', { name: 'Hồ sơ của người này' })).not.toBeInTheDocument();
  });
});
