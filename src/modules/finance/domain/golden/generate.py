#!/usr/bin/env python3
"""Independent reference implementation of DOMAIN.md "Calculation rules" (loan schedules,
collectibility, payment waterfall) with exact fractions, used to produce the golden vectors
in this folder. It shares no code with the TypeScript implementation.

    python3 src/modules/finance/domain/golden/generate.py   # rewrites the *.json files here
"""
import calendar
import datetime as dt
import json
import os
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))


def half_up(x: F) -> int:
    assert x >= 0
    return int((x * 2 + 1) // 2)  # floor(x + 1/2)


def add_months(iso: str, k: int) -> str:
    d = dt.date.fromisoformat(iso)
    idx = d.year * 12 + d.month - 1 + k
    y, m = divmod(idx, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1])).isoformat()


def days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def schedule(principal, rate, method, disbursed, tenor=None, repaid=None):
    P = principal
    R = F(rate)           # exact: Fraction parses the decimal string
    r = R / 100 / 12
    rows = []
    if method == 'bullet':
        d = days(disbursed, repaid)
        interest = half_up(P * R / 100 * d / 360)
        m = 1
        while add_months(disbursed, m) < repaid:
            m += 1
        rows.append((1, repaid, P, interest, 0))
        out_tenor, extra = m, {'tenorDays': d}
    else:
        n = tenor
        B = P
        if method == 'annuity':
            A = half_up(F(P, n)) if r == 0 else half_up(P * r / (1 - (1 + r) ** -n))
        for k in range(1, n + 1):
            if method == 'flat':
                i = half_up(P * R / 100 / 12)
            else:
                i = half_up(B * r)
            if k == n:
                p = B
            elif method == 'annuity':
                p = min(A - i, B)   # cap: never repay more than the balance (tiny loans only)
            else:
                p = P // n
            B -= p
            rows.append((k, add_months(disbursed, k), p, i, B))
        out_tenor, extra = n, {}
    inst = [{'no': no, 'dueDate': due, 'principal': str(p), 'interest': str(i), 'total': str(p + i),
             'balance': str(b)} for (no, due, p, i, b) in rows]
    ti = sum(i for (_, _, _, i, _) in rows)
    res = {'method': method, 'principal': str(P), 'annualRate': rate, 'tenorMonths': out_tenor}
    res.update(extra)
    res.update({'instalments': inst, 'totalInterest': str(ti), 'totalPayment': str(ti + P)})
    return res


def classify(dpd):
    if dpd == 0:
        return 1, 'Lancar'
    if dpd <= 90:
        return 2, 'Dalam Perhatian Khusus'
    if dpd <= 120:
        return 3, 'Kurang Lancar'
    if dpd <= 180:
        return 4, 'Diragukan'
    return 5, 'Macet'


def waterfall(inp):
    left = int(inp['payment'])
    items = []
    for loan in inp['loans']:
        for ins in loan['instalments']:
            if ins['dueDate'] <= inp['paidOn'] or loan.get('settleInFull'):
                items.append((ins['dueDate'], loan['id'], ins['no'], ins))
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    allocs = []
    for _, lid, no, ins in items:
        got = []
        for key in ('penaltyDue', 'interestDue', 'principalDue'):
            take = min(left, int(ins[key]))
            left -= take
            got.append(take)
        if any(got):
            allocs.append({'loan': lid, 'no': no, 'penalty': str(got[0]), 'interest': str(got[1]),
                           'principal': str(got[2])})
    return {'allocations': allocs, 'toIkm': str(left)}


def sched_case(name, **kw):
    inp = {'principal': str(kw['principal']), 'annualRate': kw['rate'], 'method': kw['method'],
           'disbursedOn': kw['disbursed']}
    if kw.get('tenor') is not None:
        inp['tenorMonths'] = kw['tenor']
    if kw.get('repaid') is not None:
        inp['repaidOn'] = kw['repaid']
    return {'name': name, 'input': inp, 'expected': schedule(**kw)}


def main():
    S = sched_case
    schedules = [
        S('annuity 100 jt 6% 12 months (CLI example)', principal=100_000_000, rate='6', method='annuity', tenor=12, disbursed='2026-01-15'),
        S('annuity disbursed 31 Jan 2026: month-end clamping', principal=50_000_000, rate='10.5', method='annuity', tenor=6, disbursed='2026-01-31'),
        S('annuity 36 months, 6-decimal rate', principal=750_000_000, rate='10.123456', method='annuity', tenor=36, disbursed='2026-03-10'),
        S('annuity tenor 1', principal=10_000_000, rate='12', method='annuity', tenor=1, disbursed='2026-05-05'),
        S('annuity interest exactly .5 rounds up (1,000,100 x 0.5%)', principal=1_000_100, rate='6', method='annuity', tenor=2, disbursed='2026-01-20'),
        S('annuity rate 0, P/n = x.5 rounds up', principal=120_000_006, rate='0', method='annuity', tenor=12, disbursed='2026-01-31'),
        S('annuity rate 0 tiny principal: A rounds up, principal capped at balance', principal=18, rate='0', method='annuity', tenor=12, disbursed='2026-01-01'),
        S('declining leap year 2028, remainder to last', principal=25_000_007, rate='12', method='declining', tenor=12, disbursed='2028-01-31'),
        S('declining rate 0', principal=1_000_000, rate='0', method='declining', tenor=3, disbursed='2026-08-31'),
        S('declining principal smaller than tenor', principal=5, rate='12', method='declining', tenor=12, disbursed='2026-01-15'),
        S('flat interest exactly .5 rounds up, disbursed 31 Jan', principal=1_000_100, rate='6', method='flat', tenor=3, disbursed='2026-01-31'),
        S('flat 24 months', principal=60_000_000, rate='9.6', method='flat', tenor=24, disbursed='2026-12-31'),
        S('bullet 90 days', principal=500_000_000, rate='9.75', method='bullet', disbursed='2026-01-15', repaid='2026-04-15'),
        S('bullet over leap day 2028', principal=1_000_000_000, rate='11', method='bullet', disbursed='2028-02-01', repaid='2028-03-01'),
        S('bullet interest exactly .5 rounds up', principal=1_000, rate='18', method='bullet', disbursed='2026-06-30', repaid='2026-07-01'),
        S('bullet rate 0, 45 days', principal=75_000_000, rate='0', method='bullet', disbursed='2026-01-31', repaid='2026-03-17'),
    ]
    errors = [
        {'name': 'principal zero', 'input': {'principal': '0', 'annualRate': '6', 'method': 'annuity', 'tenorMonths': 12, 'disbursedOn': '2026-01-15'}, 'code': 'finance.principal_invalid'},
        {'name': 'tenor zero', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'annuity', 'tenorMonths': 0, 'disbursedOn': '2026-01-15'}, 'code': 'finance.tenor_invalid'},
        {'name': 'tenor 361', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'declining', 'tenorMonths': 361, 'disbursedOn': '2026-01-15'}, 'code': 'finance.tenor_invalid'},
        {'name': 'tenor not whole', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'flat', 'tenorMonths': 1.5, 'disbursedOn': '2026-01-15'}, 'code': 'finance.tenor_invalid'},
        {'name': 'tenor missing', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'annuity', 'disbursedOn': '2026-01-15'}, 'code': 'finance.tenor_required'},
        {'name': 'rate over 100', 'input': {'principal': '1000', 'annualRate': '100.000001', 'method': 'annuity', 'tenorMonths': 12, 'disbursedOn': '2026-01-15'}, 'code': 'finance.rate_invalid'},
        {'name': 'rate negative', 'input': {'principal': '1000', 'annualRate': '-1', 'method': 'annuity', 'tenorMonths': 12, 'disbursedOn': '2026-01-15'}, 'code': 'finance.rate_invalid'},
        {'name': 'rate not a number', 'input': {'principal': '1000', 'annualRate': '6%', 'method': 'annuity', 'tenorMonths': 12, 'disbursedOn': '2026-01-15'}, 'code': 'finance.rate_invalid'},
        {'name': 'bad disbursement date', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'annuity', 'tenorMonths': 12, 'disbursedOn': '2026-02-30'}, 'code': 'finance.date_invalid'},
        {'name': 'bullet without repaidOn', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'bullet', 'disbursedOn': '2026-01-15'}, 'code': 'finance.repaid_on_required'},
        {'name': 'bullet repaid same day', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'bullet', 'disbursedOn': '2026-01-15', 'repaidOn': '2026-01-15'}, 'code': 'finance.repaid_on_not_after_disbursement'},
        {'name': 'bullet with tenor', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'bullet', 'tenorMonths': 3, 'disbursedOn': '2026-01-15', 'repaidOn': '2026-04-15'}, 'code': 'finance.tenor_not_applicable'},
        {'name': 'unknown method', 'input': {'principal': '1000', 'annualRate': '6', 'method': 'balloon', 'tenorMonths': 12, 'disbursedOn': '2026-01-15'}, 'code': 'finance.method_invalid'},
    ]
    dump('loan-schedules.json', {'cases': schedules, 'errors': errors})

    coll = [dict(zip(('dpd', 'class', 'label'), (d, *classify(d))), performing=classify(d)[0] <= 2)
            for d in (0, 1, 30, 90, 91, 120, 121, 180, 181, 365, 10000)]
    dump('collectibility.json', {'cases': coll, 'invalid': [-1, 1.5]})

    def inst(no, due, pen, intr, prin):
        return {'no': no, 'dueDate': due, 'penaltyDue': str(pen), 'interestDue': str(intr), 'principalDue': str(prin)}

    L1 = {'id': 'L1', 'instalments': [inst(1, '2026-03-15', 50_000, 500_000, 8_106_643), inst(2, '2026-04-15', 0, 459_467, 8_147_176), inst(3, '2026-05-15', 0, 418_731, 8_187_912), inst(4, '2026-06-15', 0, 377_791, 8_228_852)]}
    L2 = {'id': 'L2', 'instalments': [inst(1, '2026-04-15', 10_000, 250_000, 2_000_000), inst(2, '2026-05-20', 0, 240_000, 2_000_000)]}
    LA = {'id': 'A', 'instalments': [inst(2, '2026-04-30', 1, 2, 3), inst(1, '2026-04-30', 4, 5, 6)]}
    LB = {'id': 'B', 'instalments': [inst(1, '2026-04-30', 7, 8, 9)]}
    W = [
        ('covers everything due, remainder to IKM; future instalment skipped', {'payment': '60000000', 'paidOn': '2026-05-20', 'loans': [L1, L2]}),
        ('partial: stops inside interest of the first instalment', {'payment': '300000', 'paidOn': '2026-05-20', 'loans': [L1, L2]}),
        ('partial: stops inside principal, several loans ordered by due date', {'payment': '20000000', 'paidOn': '2026-05-20', 'loans': [L2, L1]}),
        ('paid before the due date of instalment 2 of L2 (due date counts when equal)', {'payment': '29000000', 'paidOn': '2026-05-15', 'loans': [L1, L2]}),
        ('ties on due date: by loan id, then instalment no', {'payment': '40', 'paidOn': '2026-04-30', 'loans': [LB, LA]}),
        ('zero payment', {'payment': '0', 'paidOn': '2026-05-20', 'loans': [L1, L2]}),
        ('nothing due yet: all to IKM', {'payment': '1000000', 'paidOn': '2026-03-14', 'loans': [L1, L2]}),
        ('no loans', {'payment': '123', 'paidOn': '2026-03-14', 'loans': []}),
        ('already-paid (zero) instalment is omitted', {'payment': '10', 'paidOn': '2026-05-01', 'loans': [{'id': 'Z', 'instalments': [inst(1, '2026-01-01', 0, 0, 0), inst(2, '2026-02-01', 0, 3, 4)]}]}),
        ('bullet tied to the paid PO settled in full before its due date', {'payment': '600000000', 'paidOn': '2026-03-01', 'loans': [L2, {'id': 'PO-BULLET', 'settleInFull': True, 'instalments': [inst(1, '2026-04-15', 0, 12_187_500, 500_000_000)]}]}),
    ]
    dump('waterfall.json', {'cases': [{'name': n, 'input': i, 'expected': waterfall(i)} for n, i in W]})


def dump(name, obj):
    with open(os.path.join(HERE, name), 'w') as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
