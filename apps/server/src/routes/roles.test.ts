import { describe, expect, it } from 'vitest';
import { roles, type Role } from '@fairdraw/store';
import { testApp } from '../_test-app.ts';

// Who may call each write. Every other role gets 403 before any input is looked at; nobody
// without a token gets anything but 401. (admin may do everything.)
const routes: { method: string; path: string; allowed: Role[] }[] = [
  { method: 'POST', path: '/api/v1/directories/targets/import', allowed: ['admin', 'planner'] },
  { method: 'PUT', path: '/api/v1/directories/targets/records', allowed: ['admin', 'planner'] },
  { method: 'DELETE', path: '/api/v1/directories/targets/records/X?reason=x', allowed: ['admin', 'planner'] },
  { method: 'PUT', path: '/api/v1/items/A', allowed: ['admin', 'planner'] },
  { method: 'POST', path: '/api/v1/plans', allowed: ['admin', 'planner'] },
  { method: 'PUT', path: '/api/v1/plans/1', allowed: ['admin', 'planner'] },
  { method: 'POST', path: '/api/v1/plans/1/publish', allowed: ['admin', 'planner'] },
  { method: 'POST', path: '/api/v1/plans/1/tasks', allowed: ['admin', 'planner'] },
  { method: 'PUT', path: '/api/v1/tasks/1', allowed: ['admin', 'planner'] },
  { method: 'POST', path: '/api/v1/draws', allowed: ['admin', 'drawer'] },
  { method: 'POST', path: '/api/v1/draws/1/draw', allowed: ['admin', 'drawer'] },
  { method: 'POST', path: '/api/v1/draws/1/cancel', allowed: ['admin', 'drawer'] },
  { method: 'POST', path: '/api/v1/draws/1/results', allowed: ['admin', 'clerk'] },
  { method: 'PUT', path: '/api/v1/results/1', allowed: ['admin', 'clerk'] },
  { method: 'POST', path: '/api/v1/results/1/approve', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/api/v1/results/1/return', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/api/v1/results/1/publish', allowed: ['admin', 'reviewer'] },
  { method: 'POST', path: '/api/v1/accounts', allowed: ['admin'] },
  { method: 'PATCH', path: '/api/v1/accounts/clerk-1', allowed: ['admin'] },
  { method: 'POST', path: '/api/v1/accounts/clerk-1/tokens', allowed: ['admin'] },
  { method: 'GET', path: '/api/v1/audit', allowed: ['admin', 'auditor'] },
  { method: 'GET', path: '/api/v1/accounts', allowed: ['admin', 'auditor'] },
  { method: 'GET', path: '/api/v1/directories/conflicts/versions', allowed: ['admin', 'planner', 'drawer', 'auditor'] },
];

describe('roles', () => {
  it.each(routes)('$method $path: $allowed may, the others get 403, nobody without a token', async ({ method, path, allowed }) => {
    const t = await testApp();
    const body = method === 'GET' ? {} : { json: {} };
    expect((await t.request(method, path, body)).status).toBe(401);
    for (const role of roles) {
      const response = await t.request(method, path, { as: role, ...body });
      if (allowed.includes(role)) expect(response.status, `${role} was refused: ${response.text}`).not.toBe(403);
      else expect(response.status, `${role} was let through`).toBe(403);
    }
  });

  it('lets every role read the staff directories, plans and draws', async () => {
    const t = await testApp();
    for (const role of roles) {
      for (const path of ['/api/v1/me', '/api/v1/directories', '/api/v1/plans', '/api/v1/tasks', '/api/v1/draws', '/api/v1/items']) {
        expect((await t.request('GET', path, { as: role })).status, `${role} ${path}`).toBe(200);
      }
    }
  });
});
