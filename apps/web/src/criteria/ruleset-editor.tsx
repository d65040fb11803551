import {
  ArrowDownOutlined,
  ArrowLeftOutlined,
  ArrowRightOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  ExclamationCircleFilled,
  PlusOutlined,
  SubnodeOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Drawer, Flex, Grid, Popconfirm, Tag, Tooltip, Tree, Typography } from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { capitalise } from '../api/field-paths';
import { vi } from '../i18n/vi';
import { CriterionForm } from './criterion-form';
import { GroupForm } from './group-form';
import { points, pointsTotal } from './numbers';
import { tc } from './texts';
import {
  type DropPosition,
  addChild,
  addGroup,
  addSibling,
  dropNode,
  indentNode,
  moveNode,
  newCriterion,
  outdentNode,
  removeNode,
  replaceCriterion,
  replaceGroup,
} from './tree-edit';
import {
  type NodeKey,
  type PlacedProblem,
  allKeys,
  criterionAt,
  groupAt,
  isGroupKey,
  parentKey,
  parseKey,
  problemsByKey,
} from './tree-keys';
import type { CriterionInput, FieldProblem, Ruleset } from './types';

const e = tc.editor;

export interface RulesetEditorProps {
  ruleset: Ruleset;
  /** Called with every edit; without it the tree is read-only. */
  onChange?: ((next: Ruleset) => void) | undefined;
  /** Validation problems, their paths under `body.ruleset` (the engine's and the server's). */
  problems: readonly FieldProblem[];
  /** Groups the framework fixes: read-only for a cluster. */
  fixedGroupCodes?: readonly string[];
  /** A framework edits its groups; a cluster keeps the framework's (codes and maxima). */
  mode: 'framework' | 'cluster';
  /** A line under the toolbar (validation state). */
  status?: ReactNode;
}

/**
 * The criteria tree of a ruleset: groups, containers and leaves with their points and kind, every
 * validation problem beside the node it names; a toolbar (add, move, indent, remove) and drag and
 * drop; the selected node's fields in a side panel (a drawer on a phone).
 */
export function RulesetEditor(props: RulesetEditorProps) {
  const { ruleset, onChange, problems, mode } = props;
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [selected, setSelected] = useState<NodeKey | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<NodeKey>>(new Set());
  const [drawerOpen, setDrawerOpen] = useState(false);
  const byKey = useMemo(() => problemsByKey(problems), [problems]);
  const fixed = useMemo(() => new Set(props.fixedGroupCodes ?? []), [props.fixedGroupCodes]);

  const keys = useMemo(() => allKeys(ruleset), [ruleset]);
  const current = selected !== null && keys.includes(selected) ? selected : null;
  const inFixedGroup = (key: NodeKey) => mode === 'cluster' && fixed.has(groupAt(ruleset, key)?.code ?? '');
  const editable = (key: NodeKey) => onChange !== undefined && !inFixedGroup(key);

  const apply = (edited: { ruleset: Ruleset; key: NodeKey }) => {
    onChange?.(edited.ruleset);
    setSelected(edited.key);
  };
  const select = (key: NodeKey) => {
    setSelected(key);
    setDrawerOpen(true);
  };

  const treeData = useMemo(() => buildTree(ruleset, byKey, fixed, mode), [ruleset, byKey, fixed, mode]);

  const onDrop: TreeProps['onDrop'] = (info) => {
    const from = String(info.dragNode.key);
    const to = String(info.node.key);
    const pos = info.node.pos.split('-');
    const relative = info.dropPosition - Number(pos[pos.length - 1]);
    const position: DropPosition = !info.dropToGap ? 'inside' : relative < 0 ? 'before' : 'after';
    if (!editable(to)) return;
    apply(dropNode(ruleset, from, to, position));
  };

  const rootProblems = byKey.get('') ?? [];
  const toolbar = onChange && (
    <Toolbar
      ruleset={ruleset}
      selected={current}
      editable={current !== null && editable(current)}
      mode={mode}
      apply={apply}
    />
  );

  const panel =
    current === null ? (
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {e.chooseNode}
      </Typography.Paragraph>
    ) : (
      <NodePanel
        key={current}
        ruleset={ruleset}
        nodeKey={current}
        problems={byKey.get(current) ?? []}
        readOnly={!editable(current)}
        mode={mode}
        fixed={inFixedGroup(current)}
        onCriterion={(next) => apply(replaceCriterion(ruleset, current, next))}
        onGroup={(next) => apply(replaceGroup(ruleset, current, next))}
      />
    );

  return (
    <Flex vertical gap={12}>
      {rootProblems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={e.rulesetProblems}
          description={
            <ul className="criteria-problem-list">
              {rootProblems.map((p) => (
                <li key={`${p.field}|${p.message}`}>{capitalise(p.message)}</li>
              ))}
            </ul>
          }
        />
      )}
      <div className={wide ? 'criteria-editor criteria-editor-wide' : 'criteria-editor'}>
        <Card size="small" className="criteria-tree-card" title={e.treeLabel} extra={props.status}>
          {toolbar}
          <Tree
            aria-label={e.treeLabel}
            className="criteria-tree"
            blockNode
            showLine
            treeData={treeData}
            selectedKeys={current ? [current] : []}
            expandedKeys={keys.filter((k) => !collapsed.has(k))}
            onExpand={(_, info) => {
              const key = String(info.node.key);
              setCollapsed((was) => {
                const next = new Set(was);
                if (info.expanded) next.delete(key);
                else next.add(key);
                return next;
              });
            }}
            onSelect={(picked) => {
              if (picked.length > 0) select(String(picked[0]));
            }}
            draggable={
              onChange
                ? {
                    icon: false,
                    nodeDraggable: (node) => !isGroupKey(String(node.key)) && editable(String(node.key)),
                  }
                : false
            }
            allowDrop={({ dropNode: target, dropPosition }) => {
              const key = String(target.key);
              if (!editable(key)) return false;
              return !isGroupKey(key) || dropPosition === 0;
            }}
            onDrop={onDrop}
          />
          {onChange && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {e.dragHint}
            </Typography.Text>
          )}
        </Card>
        {wide ? (
          <Card
            size="small"
            className="criteria-panel-card criteria-readable"
            title={panelTitle(ruleset, current)}
          >
            {panel}
          </Card>
        ) : (
          <Drawer
            open={drawerOpen && current !== null}
            onClose={() => setDrawerOpen(false)}
            placement="bottom"
            className="criteria-readable"
            size="85%"
            title={panelTitle(ruleset, current)}
          >
            {panel}
          </Drawer>
        )}
      </div>
    </Flex>
  );
}

function panelTitle(ruleset: Ruleset, key: NodeKey | null): string {
  if (key === null) return e.treeLabel;
  if (isGroupKey(key)) return `${tc.group} ${groupAt(ruleset, key)?.code ?? ''}`;
  return criterionAt(ruleset, key)?.code ?? '';
}

function NodePanel(props: {
  ruleset: Ruleset;
  nodeKey: NodeKey;
  problems: readonly PlacedProblem[];
  readOnly: boolean;
  mode: 'framework' | 'cluster';
  fixed: boolean;
  onCriterion: (next: CriterionInput) => void;
  onGroup: Parameters<typeof GroupForm>[0]['onChange'];
}) {
  const { ruleset, nodeKey, problems } = props;
  const idPrefix = `tc-${nodeKey.replaceAll('/', '-')}`;
  const note = props.fixed ? (
    <Alert type="info" showIcon title={e.fixedGroup} style={{ marginBottom: 12 }} />
  ) : null;
  if (isGroupKey(nodeKey)) {
    const group = groupAt(ruleset, nodeKey);
    if (!group) return null;
    return (
      <>
        {note}
        <GroupForm
          group={group}
          problems={problems}
          onChange={props.onGroup}
          readOnly={props.readOnly}
          frameworkLocked={props.mode === 'cluster'}
          idPrefix={idPrefix}
        />
      </>
    );
  }
  const node = criterionAt(ruleset, nodeKey);
  if (!node) return null;
  return (
    <>
      {note}
      <CriterionForm
        node={node}
        problems={problems}
        onChange={props.onCriterion}
        readOnly={props.readOnly}
        idPrefix={idPrefix}
      />
    </>
  );
}

function Toolbar(props: {
  ruleset: Ruleset;
  selected: NodeKey | null;
  editable: boolean;
  mode: 'framework' | 'cluster';
  apply: (edited: { ruleset: Ruleset; key: NodeKey }) => void;
}) {
  const { ruleset, selected, editable, apply } = props;
  const screens = Grid.useBreakpoint();
  const compact = !(screens.sm ?? true);
  const position = selected === null ? null : parseKey(selected);
  const isGroup = selected !== null && isGroupKey(selected);
  const index = position ? (isGroup ? position.group : position.path[position.path.length - 1]!) : 0;
  const siblings =
    selected === null
      ? 0
      : isGroup
        ? ruleset.groups.length
        : parentKey(selected)!.includes('/')
          ? (criterionAt(ruleset, parentKey(selected)!)?.children?.length ?? 0)
          : (groupAt(ruleset, selected)?.criteria.length ?? 0);
  const canEdit = selected !== null && editable;
  const canMoveGroup = !isGroup || props.mode === 'framework';
  const code =
    selected === null
      ? ''
      : isGroup
        ? (groupAt(ruleset, selected)?.code ?? '')
        : (criterionAt(ruleset, selected)?.code ?? '');

  const button = (label: string, icon: ReactNode, disabled: boolean, onClick: () => void, help?: string) => (
    <Tooltip title={compact ? (help ?? label) : help}>
      <Button
        size="small"
        icon={icon}
        disabled={disabled}
        onClick={onClick}
        aria-label={compact ? label : undefined}
      >
        {compact ? null : label}
      </Button>
    </Tooltip>
  );

  return (
    <Flex wrap gap={6} className="criteria-toolbar" role="toolbar" aria-label={e.treeLabel}>
      {button(isGroup ? e.addTopLevel : e.addChild, <SubnodeOutlined />, !canEdit, () =>
        apply(addChild(ruleset, selected!, newCriterion(ruleset, selected!, e.newCriterionName))),
      )}
      {button(e.addSibling, <PlusOutlined />, !canEdit || isGroup, () =>
        apply(
          addSibling(ruleset, selected!, newCriterion(ruleset, parentKey(selected!)!, e.newCriterionName)),
        ),
      )}
      {button(e.moveUp, <ArrowUpOutlined />, !canEdit || !canMoveGroup || index === 0, () =>
        apply(moveNode(ruleset, selected!, -1)),
      )}
      {button(e.moveDown, <ArrowDownOutlined />, !canEdit || !canMoveGroup || index >= siblings - 1, () =>
        apply(moveNode(ruleset, selected!, 1)),
      )}
      {button(
        e.indent,
        <ArrowRightOutlined />,
        !canEdit || isGroup || index === 0,
        () => apply(indentNode(ruleset, selected!)),
        e.indentHelp,
      )}
      {button(
        e.outdent,
        <ArrowLeftOutlined />,
        !canEdit || isGroup || (position?.path.length ?? 0) < 2,
        () => apply(outdentNode(ruleset, selected!)),
        e.outdentHelp,
      )}
      <Popconfirm
        title={isGroup ? e.removeGroupConfirm(code) : e.removeConfirm(code)}
        okText={e.remove}
        cancelText={vi.common.cancel}
        okButtonProps={{ danger: true }}
        onConfirm={() => apply(removeNode(ruleset, selected!))}
        disabled={!canEdit || (isGroup && props.mode === 'cluster')}
      >
        <Tooltip title={compact ? e.remove : undefined}>
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            disabled={!canEdit || (isGroup && props.mode === 'cluster')}
            aria-label={compact ? e.remove : undefined}
          >
            {compact ? null : e.remove}
          </Button>
        </Tooltip>
      </Popconfirm>
      {props.mode === 'framework' &&
        button(e.addGroup, <PlusOutlined />, false, () =>
          apply(
            addGroup(ruleset, {
              code: `N${ruleset.groups.length + 1}`,
              name: e.newGroupName,
              maxPoints: 0,
              criteria: [],
            }),
          ),
        )}
    </Flex>
  );
}

/** The tree's nodes: code, name, points, kind, and the node's problems beside it. */
function buildTree(
  ruleset: Ruleset,
  byKey: Map<NodeKey, PlacedProblem[]>,
  fixed: ReadonlySet<string>,
  mode: 'framework' | 'cluster',
): TreeDataNode[] {
  const criterionNode = (c: CriterionInput, key: NodeKey): TreeDataNode => ({
    key,
    title: (
      <NodeTitle
        code={c.code}
        name={c.name}
        tags={
          c.children !== undefined ? (
            <Tag>{`${tc.container} · ${e.childrenTotal(pointsTotal(c.children))}`}</Tag>
          ) : c.kind ? (
            <Tag color="blue">{tc.kindShort[c.kind]}</Tag>
          ) : null
        }
        pointsText={e.points(points(c.points))}
        problems={byKey.get(key) ?? []}
      />
    ),
    children: c.children?.map((child, i) => criterionNode(child, `${key}/${i}`)),
    isLeaf: c.children === undefined,
  });
  return ruleset.groups.map((g, i) => ({
    key: String(i),
    title: (
      <NodeTitle
        code={`${tc.group} ${g.code}`}
        name={g.name}
        strong
        tags={mode === 'cluster' && fixed.has(g.code) ? <Tag color="purple">{e.fixedGroup}</Tag> : null}
        pointsText={e.groupTotal(pointsTotal(g.criteria), points(g.maxPoints))}
        problems={byKey.get(String(i)) ?? []}
      />
    ),
    children: g.criteria.map((c, j) => criterionNode(c, `${i}/${j}`)),
  }));
}

function NodeTitle(props: {
  code: string;
  name: string;
  strong?: boolean;
  tags: ReactNode;
  pointsText: string;
  problems: readonly PlacedProblem[];
}) {
  const bad = props.problems.length > 0;
  return (
    <div className={bad ? 'criteria-node criteria-node-bad' : 'criteria-node'} data-code={props.code}>
      <div className="criteria-node-line">
        {bad && (
          <ExclamationCircleFilled
            className="criteria-node-icon"
            aria-label={e.nodeProblems(props.problems.length)}
          />
        )}
        <span className="criteria-node-code">{props.code}</span>
        <span className={`criteria-node-name wrap-anywhere${props.strong ? ' criteria-node-strong' : ''}`}>
          {props.name}
        </span>
        <span className="criteria-node-meta">
          {props.tags}
          <span className="score">{props.pointsText}</span>
        </span>
      </div>
      {bad && (
        <ul className="criteria-node-problems">
          {props.problems.map((p) => (
            <li key={`${p.field}|${p.message}`}>{capitalise(p.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
