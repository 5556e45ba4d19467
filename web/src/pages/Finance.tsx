import { useEffect, useState } from 'preact/hooks';
import { api, message } from '../api/client';
import type { AccountBalance, BudgetLine, CategorySpending, NetWorth, RowTransaction } from '../api/schema';
import { useLive } from '../live';
import { offsetMinutes, thisMonth, today, shortDate } from '../dates';
import { Attachments } from '../Attachments';
import { Field, FormError, Stat, restoreRow, useErrors, useUndo } from '../ui';
import { BarChart } from '../charts';
import { digits, digitsOf, fromMinor, toMinor } from '../money';
import type { PageProps } from '../page';

const ACCOUNTS = '/v1/workspaces/{workspace_id}/accounts' as const;
const TXS = '/v1/workspaces/{workspace_id}/transactions' as const;
const TX = '/v1/workspaces/{workspace_id}/transactions/{id}' as const;
const BUDGETS = '/v1/workspaces/{workspace_id}/budgets' as const;
const TRANSFERS = '/v1/workspaces/{workspace_id}/transfers' as const;
const REPORTS = '/v1/workspaces/{workspace_id}/reports' as const;
const KINDS = ['checking', 'savings', 'credit_card', 'cash', 'investment', 'loan'] as const;

function TxForm({ ws, balances, onDone }: { ws: string; balances: AccountBalance[]; onDone: () => void }) {
  const [account, setAccount] = useState(balances[0]?.account_id ?? '');
  const [amount, setAmount] = useState('');
  const [payee, setPayee] = useState('');
  const [category, setCategory] = useState('');
  const [date, setDate] = useState(today());
  const [memo, setMemo] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  useEffect(() => {
    if (!balances.some((b) => b.account_id === account) && balances[0]) setAccount(balances[0].account_id);
  }, [balances]);
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const b = balances.find((x) => x.account_id === account);
    if (!b) return setErrors({ account_id: 'add an account first' });
    const minor = toMinor(amount, digits(b));
    if (minor === null) return setErrors({ amount_minor: `an amount like -12.50 (${digits(b)} decimals); negative for money out` });
    try {
      await api.POST(TXS, {
        params: { path: { workspace_id: ws } },
        body: { account_id: account, booking_date: date, amount_minor: minor, currency_code: b.currency_code, payee, category, memo },
      });
      setAmount(''); setPayee(''); setMemo('');
      onDone();
    } catch (err) {
      fail(err, ['account_id', 'booking_date', 'amount_minor', 'payee', 'category', 'memo']);
    }
  };
  return (
    <form class="card" onSubmit={add} aria-label="Add a transaction">
      <h2>Add a transaction</h2>
      <div class="grid2">
        <Field id="tx-account" label="Account" name="account_id" errors={errors} kind="select" value={account} onValue={setAccount}>
          {balances.map((b) => <option key={b.account_id} value={b.account_id}>{b.name}</option>)}
        </Field>
        <Field id="tx-date" label="Date" name="booking_date" errors={errors} type="date" value={date} onValue={setDate} />
        <Field id="tx-amount" label="Amount" name="amount_minor" errors={errors} errorId="amount_minor-error" inputMode="decimal" placeholder="-12.50" value={amount} onValue={setAmount} hint="Negative for money out" />
        <Field id="tx-payee" label="Payee" name="payee" errors={errors} value={payee} onValue={setPayee} />
        <Field id="tx-category" label="Category" name="category" errors={errors} value={category} onValue={setCategory} placeholder="groceries" />
        <Field id="tx-memo" label="Memo" name="memo" errors={errors} value={memo} onValue={setMemo} />
      </div>
      <FormError errors={errors} />
      <button type="submit">Add transaction</button>
    </form>
  );
}

/** A transfer between two accounts: both sides written by the server (core's TransferPlan). */
function TransferForm({ ws, balances, onDone }: { ws: string; balances: AccountBalance[]; onDone: () => void }) {
  const [from, setFrom] = useState(balances[0]?.account_id ?? '');
  const [to, setTo] = useState(balances[1]?.account_id ?? balances[0]?.account_id ?? '');
  const [amount, setAmount] = useState('');
  const [arriving, setArriving] = useState('');
  const [date, setDate] = useState(today());
  const [payee, setPayee] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  useEffect(() => {
    if (!balances.some((b) => b.account_id === from) && balances[0]) setFrom(balances[0].account_id);
    if (!balances.some((b) => b.account_id === to) && balances[0]) setTo((balances[1] ?? balances[0]).account_id);
  }, [balances]);
  const a = balances.find((x) => x.account_id === from);
  const b = balances.find((x) => x.account_id === to);
  const cross = !!a && !!b && a.currency_code !== b.currency_code;
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    if (!a || !b) return setErrors({ from_account_id: 'add two accounts first' });
    const minor = toMinor(amount, digits(a));
    if (minor === null) return setErrors({ amount_minor: `an amount like 50.00 (${digits(a)} decimals)` });
    let toMinorAmount: number | null = null;
    if (cross && arriving.trim()) {
      toMinorAmount = toMinor(arriving, digits(b));
      if (toMinorAmount === null) return setErrors({ to_amount_minor: `an amount like 50.00 (${digits(b)} decimals)` });
    }
    try {
      await api.POST(TRANSFERS, {
        params: { path: { workspace_id: ws } },
        body: { from_account_id: from, to_account_id: to, amount_minor: minor, to_amount_minor: cross ? toMinorAmount : null, booking_date: date, offset_minutes: offsetMinutes(), payee },
      });
      setAmount(''); setArriving(''); setPayee('');
      onDone();
    } catch (err) {
      fail(err, ['from_account_id', 'to_account_id', 'amount_minor', 'to_amount_minor', 'booking_date', 'payee']);
    }
  };
  return (
    <form class="card" onSubmit={add} aria-label="Add a transfer">
      <h2>Transfer</h2>
      <div class="grid2">
        <Field id="tr-from" label="From account" name="from_account_id" errors={errors} kind="select" value={from} onValue={setFrom}>
          {balances.map((x) => <option key={x.account_id} value={x.account_id}>{x.name}</option>)}
        </Field>
        <Field id="tr-to" label="To account" name="to_account_id" errors={errors} kind="select" value={to} onValue={setTo}>
          {balances.map((x) => <option key={x.account_id} value={x.account_id}>{x.name}</option>)}
        </Field>
        <Field id="tr-amount" label="Transfer amount" name="amount_minor" errors={errors} inputMode="decimal" placeholder="50.00" value={amount} onValue={setAmount} hint={a ? `In ${a.currency_code}, leaving ${a.name}` : undefined} />
        {cross && <Field id="tr-arriving" label="Arriving amount" name="to_amount_minor" errors={errors} inputMode="decimal" value={arriving} onValue={setArriving} hint={`In ${b!.currency_code}, arriving in ${b!.name}`} />}
        <Field id="tr-date" label="Transfer date" name="booking_date" errors={errors} type="date" value={date} onValue={setDate} />
        <Field id="tr-payee" label="Transfer payee" name="payee" errors={errors} value={payee} onValue={setPayee} placeholder="optional" />
      </div>
      <FormError errors={errors} />
      <button type="submit">Transfer</button>
    </form>
  );
}

function AccountForm({ ws, onDone }: { ws: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('checking');
  const [currency, setCurrency] = useState('EUR');
  const [opening, setOpening] = useState('');
  const { errors, setErrors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const minor = opening.trim() ? toMinor(opening, 2) : 0;
    if (minor === null) return setErrors({ opening_balance_minor: 'an amount like 100.00' });
    try {
      await api.POST(ACCOUNTS, { params: { path: { workspace_id: ws } }, body: { name, kind: kind as (typeof KINDS)[number], currency_code: currency, opening_date: today(), opening_balance_minor: minor } });
      setName(''); setOpening('');
      onDone();
    } catch (err) {
      fail(err, ['name', 'kind', 'currency_code', 'opening_balance_minor']);
    }
  };
  return (
    <form class="card" onSubmit={add} aria-label="Add an account">
      <h2>Add an account</h2>
      <div class="grid2">
        <Field id="acct-name" label="Account name" name="name" errors={errors} errorId="name-error" value={name} onValue={setName} />
        <Field id="acct-kind" label="Kind" name="kind" errors={errors} kind="select" value={kind} onValue={setKind}>
          {KINDS.map((k) => <option key={k} value={k}>{k.replace('_', ' ')}</option>)}
        </Field>
        <Field id="acct-currency" label="Currency" name="currency_code" errors={errors} errorId="currency_code-error" maxLength={3} value={currency} onValue={(v) => setCurrency(v.toUpperCase())} />
        <Field id="acct-opening" label="Opening balance" name="opening_balance_minor" errors={errors} inputMode="decimal" value={opening} onValue={setOpening} placeholder="0.00" />
      </div>
      <FormError errors={errors} />
      <button type="submit">Add account</button>
    </form>
  );
}

function BudgetForm({ ws, month, balances, onDone }: { ws: string; month: string; balances: AccountBalance[]; onDone: () => void }) {
  const [category, setCategory] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(balances[0]?.currency_code ?? 'EUR');
  const { errors, setErrors, fail, clear } = useErrors();
  const add = async (e: Event) => {
    e.preventDefault();
    clear();
    const minor = toMinor(amount, digitsOf(balances, currency));
    if (minor === null || minor < 0) return setErrors({ amount_minor: 'an amount like 300.00' });
    try {
      await api.POST(BUDGETS, { params: { path: { workspace_id: ws } }, body: { category, month, amount_minor: minor, currency_code: currency } });
      setCategory(''); setAmount('');
      onDone();
    } catch (err) {
      fail(err, ['category', 'amount_minor', 'currency_code', 'month']);
    }
  };
  return (
    <form class="inline-form" onSubmit={add} aria-label="Set a budget">
      <Field id="b-category" label="Budget category" name="category" errors={errors} value={category} onValue={setCategory} />
      <Field id="b-amount" label="Budget amount" name="amount_minor" errors={errors} inputMode="decimal" value={amount} onValue={setAmount} />
      <Field id="b-currency" label="Budget currency" name="currency_code" errors={errors} maxLength={3} value={currency} onValue={(v) => setCurrency(v.toUpperCase())} />
      <FormError errors={errors} />
      <button type="submit">Set budget</button>
    </form>
  );
}

export function Finance({ ws }: PageProps) {
  const [balances, setBalances] = useState<AccountBalance[]>([]);
  const [txs, setTxs] = useState<RowTransaction[]>([]);
  const [budget, setBudget] = useState<BudgetLine[]>([]);
  const [spending, setSpending] = useState<CategorySpending[]>([]);
  const [worth, setWorth] = useState<NetWorth | null>(null);
  const [error, setError] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [fAccount, setFAccount] = useState('');
  const [fCategory, setFCategory] = useState('');
  const [fFrom, setFFrom] = useState('');
  const [fTo, setFTo] = useState('');
  const [fSearch, setFSearch] = useState('');
  const [month, setMonth] = useState(thisMonth());
  const load = async () => {
    try {
      const query: Record<string, string | number> = { limit: 500 };
      if (fAccount) query.account_id = fAccount;
      if (fCategory.trim()) query.category = fCategory.trim();
      if (fFrom) query.from = fFrom;
      if (fTo) query.to = fTo;
      if (fSearch.trim()) query.search = fSearch.trim();
      const path = { workspace_id: ws };
      // Every figure is the server's report (lifeos-core's, as the CLI prints it).
      const [{ data }, { data: page }, { data: bl }, { data: sp }, { data: nw }] = await Promise.all([
        api.GET(`${REPORTS}/balances`, { params: { path } }),
        api.GET(TXS, { params: { path, query } }),
        api.GET(`${REPORTS}/budget`, { params: { path, query: { month } } }),
        api.GET(`${REPORTS}/spending`, { params: { path, query: { month } } }),
        api.GET(`${REPORTS}/net_worth`, { params: { path } }),
      ]);
      setBalances(data ?? []);
      // The latest first.
      setTxs((page?.items ?? []).sort((a, b) => b.booking_date.localeCompare(a.booking_date) || b.id.localeCompare(a.id)).slice(0, 100));
      setBudget(bl ?? []);
      setSpending(sp ?? []);
      setWorth(nw ?? null);
      setError('');
    } catch (e) {
      setError(message(e));
    }
  };
  useEffect(() => {
    const t = setTimeout(load, fSearch || fCategory ? 200 : 0);
    return () => clearTimeout(t);
  }, [ws, fAccount, fCategory, fFrom, fTo, fSearch, month]);
  useLive(ws, load);
  const { offer, notice } = useUndo((e) => setError(message(e)), load);
  const remove = async (t: RowTransaction, what: string) => {
    try {
      if (t.transfer) {
        // A transfer goes as a whole (both sides), and comes back so.
        await api.DELETE(`${TRANSFERS}/{id}`, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version } } });
        offer(what, () => api.POST(`${TRANSFERS}/{id}/restore`, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version + 1 } } }));
      } else {
        await api.DELETE(TX, { params: { path: { workspace_id: ws, id: t.id }, query: { version: t.version } } });
        offer(what, () => restoreRow(ws, 'transactions', t.id, t.version + 1));
      }
      load();
    } catch (e) {
      setError(message(e));
    }
  };
  const currencies = new Set(spending.map((x) => x.currency_code));
  const many = currencies.size > 1 || new Set(budget.map((x) => x.currency_code)).size > 1;
  const name = (category: string, ccy: string) => (many ? `${category} (${ccy})` : category);
  const accountName = (id: string) => balances.find((x) => x.account_id === id)?.name;

  return (
    <section>
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="accounts" aria-label="Balances">
        {balances.map((b) => (
          <li key={b.account_id} class="card account">
            <span class="meta">{b.kind.replace('_', ' ')}</span>
            <span class="acct-name">{b.name}</span>
            <strong class={`amount${b.balance_minor < 0 ? ' neg' : ''}`}>{b.balance} {b.currency_code}</strong>
          </li>
        ))}
        {balances.length === 0 && <li class="empty card">No accounts yet: add one below.</li>}
      </ul>
      {worth && worth.per_currency.length > 0 && (
        <div class="stats net-worth" role="group" aria-label="Net worth">
          {worth.per_currency.map((t) => <Stat key={t.currency_code} label={`Net worth, ${t.currency_code}`} value={`${t.amount} ${t.currency_code}`} />)}
          {worth.converted && <Stat label="Net worth, converted" value={`${worth.converted.amount} ${worth.converted.currency_code}`} />}
        </div>
      )}

      <div class="two">
        <TxForm ws={ws} balances={balances} onDone={load} />
        <AccountForm ws={ws} onDone={load} />
      </div>
      {balances.length > 1 && <TransferForm ws={ws} balances={balances} onDone={load} />}

      <div class="card">
        <div class="row wrap">
          <h2 class="grow">Spending and budget</h2>
          <Field id="b-month" label="Month" type="month" value={month} onValue={(v) => setMonth(v || thisMonth())} class="compact" />
        </div>
        <div class="two">
          <div>
            <h3>Spending by category</h3>
            <BarChart label={`Spending in ${month}`} bars={spending.map((x) => ({ label: name(x.category, x.currency_code), value: x.spent_minor, text: `${x.spent} ${x.currency_code}` }))} />
          </div>
          <div>
            <h3>Budget</h3>
            <BarChart label={`Budget for ${month}`} bars={budget.map((x) => ({ label: name(x.category, x.currency_code), value: Math.max(0, x.spent_minor), limit: x.budget_minor, text: `${x.spent} ${x.currency_code}`, limitText: x.budget }))} />
            <ul class="list" aria-label="Budgets">
              {budget.map((x) => (
                <li key={`${x.category} ${x.currency_code}`}>
                  <span class="grow">{x.category}</span>
                  <span class={x.left_minor < 0 ? 'neg' : 'meta'}>{x.left_minor < 0 ? `${x.left.replace('-', '')} over` : `${x.left} left`} of {x.budget} {x.currency_code}</span>
                </li>
              ))}
            </ul>
            <BudgetForm ws={ws} month={month} balances={balances} onDone={load} />
          </div>
        </div>
      </div>

      <h2>Register</h2>
      <div class="filters" role="group" aria-label="Filter the register">
        <Field id="r-account" label="In account" kind="select" value={fAccount} onValue={setFAccount}>
          <option value="">All accounts</option>
          {balances.map((b) => <option key={b.account_id} value={b.account_id}>{b.name}</option>)}
        </Field>
        <Field id="r-category" label="Of category" value={fCategory} onValue={setFCategory} />
        <Field id="r-from" label="From" type="date" value={fFrom} onValue={setFFrom} />
        <Field id="r-to" label="To" type="date" value={fTo} onValue={setFTo} />
        <Field id="r-search" label="Search" type="search" value={fSearch} onValue={setFSearch} />
      </div>
      {notice}
      <ul class="list register" aria-label="Transactions">
        {txs.map((t) => {
          const b = balances.find((x) => x.account_id === t.account_id);
          const other = t.transfer ? txs.find((x) => x.id === t.transfer!.counterpart_id) : undefined;
          const otherName = other ? accountName(other.account_id) : undefined;
          const what = t.transfer
            ? `Transfer ${t.amount_minor < 0 ? 'to' : 'from'} ${otherName ?? 'another account'}`
            : t.payee || t.category || 'Transaction';
          return (
            <li key={t.id} class={t.transfer ? 'transfer' : undefined}>
              <div class="grow">
                {t.transfer && <span class="tag">⇄</span>} {what}
                <span class="meta sub">{shortDate(t.booking_date)}{b ? ` · ${b.name}` : ''}{t.category && t.payee ? ` · ${t.category}` : ''}{t.transfer && t.payee ? ` · ${t.payee}` : ''}</span>
              </div>
              <strong class={t.amount_minor < 0 ? 'neg' : 'pos'}>{fromMinor(t.amount_minor, digits(b))} {t.currency_code}</strong>
              <div class="actions">
                <button type="button" class="ghost small" aria-expanded={open === t.id} aria-label={`Receipts of ${what} ${t.booking_date}`}
                  onClick={() => setOpen(open === t.id ? null : t.id)}>Receipts</button>
                <button type="button" class="ghost small" aria-label={`Delete ${what} ${t.booking_date}`} onClick={() => remove(t, what)}>✕</button>
              </div>
              {open === t.id && <Attachments ws={ws} entity="transaction" entityId={t.id} label={`${what} ${t.booking_date}`} />}
            </li>
          );
        })}
        {txs.length === 0 && <li class="empty">No transactions.</li>}
      </ul>
    </section>
  );
}
