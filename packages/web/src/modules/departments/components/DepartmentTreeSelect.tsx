import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../hooks/useDepartments.ts';
import { buildDepartmentTree, type DepartmentNode } from '../utils/department-tree.ts';

interface TreeOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

interface DepartmentTreeSelectProps extends Omit<TreeSelectProps<number>, 'treeData'> {
  /** Departments that may not be chosen (e.g. a department and its subtree when moving it). */
  disabledIds?: Set<number>;
}

/** Picks one department from the tree. */
export function DepartmentTreeSelect({ disabledIds, placeholder, ...props }: DepartmentTreeSelectProps) {
  const { t } = useTranslation();
  const { data, isPending } = useDepartments();
  const treeData = useMemo(() => {
    const toOption = (node: DepartmentNode): TreeOption => ({
      value: node.id,
      title: node.name,
      disabled: disabledIds?.has(node.id),
      children: node.children.map(toOption),
    });
    return buildDepartmentTree(data ?? []).map(toOption);
  }, [data, disabledIds]);
  return (
    <TreeSelect<number>
      treeData={treeData}
      loading={isPending}
      treeDefaultExpandAll
      allowClear
      showSearch
      treeNodeFilterProp="title"
      placeholder={placeholder ?? t('departments.choose')}
      notFoundContent={t('departments.noneYet')}
      {...props}
    />
  );
}
