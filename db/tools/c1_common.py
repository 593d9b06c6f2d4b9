"""Shared helpers for curator c1 (USA + CAN) seed files: writing TSVs with a fixed column order."""
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'seed')
US = '제3장 제1절 미국'
CA = '제3장 제6절 캐나다'
A1 = '첨부 1'


def loc(base, extra=None):
    return base if not extra else f'{base} · {extra}'


def write(table, name, columns, rows, header_comment=None):
    path = os.path.join(ROOT, table, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        if header_comment:
            for line in header_comment.strip().splitlines():
                f.write('# ' + line + '\n')
        f.write('\t'.join(columns) + '\n')
        for r in rows:
            if isinstance(r, str):          # a comment line grouping rows
                f.write('# ' + r + '\n')
                continue
            if isinstance(r, dict):
                r = [r.get(c) for c in columns]
            if len(r) != len(columns):
                raise ValueError(f'{table}/{name}: {len(r)} cells for {len(columns)} columns: {r}')
            cells = ['' if v is None else str(v) for v in r]
            for c in cells:
                if '\t' in c or '\n' in c:
                    raise ValueError(f'tab/newline in cell: {c!r}')
            f.write('\t'.join(cells) + '\n')
    return path
