import { describe, expect, it } from 'vitest';
import { parseActive, parseRiskClass, parseTargetKind, parseTargetStatus } from './vocabulary.ts';

describe('parseTargetKind', () => {
  it.each([
    ['律师事务所', 'law_firm'],
    ['Law_Firm', 'law_firm'],
    ['律师事务所分所', 'law_firm_branch'],
    ['分所', 'law_firm_branch'],
    ['公证处', 'notary_office'],
    ['公证机构', 'notary_office'],
    ['基层法律服务所', 'basic_legal_service'],
    ['司法鉴定机构', 'judicial_appraisal'],
    ['司法鉴定所', 'judicial_appraisal'],
    [' lawyer ', 'lawyer'],
  ])('reads %s as %s', (cell, kind) => {
    expect(parseTargetKind(cell)).toEqual({ ok: true, value: kind });
  });

  it.each(['律所', 'law firm', '9kind', ''])('refuses %j, listing the accepted labels', (cell) => {
    expect(parseTargetKind(cell)).toEqual({ ok: false, message: expect.stringMatching(/use one of law_firm \(律师事务所\), law_firm_branch \(律师事务所分所, 分所\)/) });
  });
});

describe('parseRiskClass', () => {
  it.each([
    ['A', 'A'],
    ['b', 'B'],
    ['低', 'A'],
    ['信用风险一般', 'B'],
    ['较高', 'C'],
    ['信用风险高', 'D'],
    ['', null],
  ])('reads %j as %s', (cell, risk) => {
    expect(parseRiskClass(cell)).toEqual({ ok: true, value: risk });
  });

  it('refuses a class that is not A-D', () => {
    expect(parseRiskClass('E')).toEqual({ ok: false, message: expect.stringMatching(/"E" is not a risk class: use A \(低, 信用风险低\)/) });
  });
});

describe('parseTargetStatus', () => {
  it.each([
    ['正常', 'active'],
    ['存续', 'active'],
    ['开业', 'active'],
    ['Suspended', 'suspended'],
    ['歇业', 'suspended'],
    ['已关闭', 'closed'],
    ['注销', 'deregistered'],
    ['被吊销', 'revoked'],
    ['撤销', 'revoked'],
  ])('reads %s as %s', (cell, status) => {
    expect(parseTargetStatus(cell)).toEqual({ ok: true, value: status });
  });

  it('refuses words that only look like keys of an object', () => {
    for (const cell of ['constructor', '__proto__', 'toString']) expect(parseTargetStatus(cell).ok).toBe(false);
  });
});

describe('parseActive', () => {
  it.each([
    ['是', true],
    ['在岗', true],
    ['YES', true],
    ['1', true],
    ['否', false],
    ['不在岗', false],
    ['离岗', false],
    ['False', false],
    ['0', false],
  ])('reads %s as %s', (cell, active) => {
    expect(parseActive(cell)).toEqual({ ok: true, value: active });
  });

  it('refuses anything else', () => {
    expect(parseActive('maybe')).toEqual({ ok: false, message: expect.stringMatching(/use true \(1, yes, 是, 在岗\), false/) });
  });
});
