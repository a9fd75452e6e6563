import { Flex, Tag, Tree, type TreeDataNode, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../api/departments.api.ts';
import { buildDepartmentTree, type DepartmentNode, totalUserCount } from '../utils/department-tree.ts';

interface DepartmentTreeProps {
  departments: Department[];
  selectedId: number | null;
  onSelect: (id: number | null) => void;
}

/** The organisation as a tree; each department shows how many people it has (including sub-departments). */
export function DepartmentTree({ departments, selectedId, onSelect }: DepartmentTreeProps) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const toNode = (node: DepartmentNode): TreeDataNode => ({
      key: node.id,
      title: (
        <Flex justify="space-between" align="center" gap={8} className="department-node">
          <Typography.Text ellipsis>{node.name}</Typography.Text>
          <Tag variant="filled" className="department-node__count">
            {t('departments.userCount', { count: totalUserCount(node) })}
          </Tag>
        </Flex>
      ),
      children: node.children.map(toNode),
    });
    return buildDepartmentTree(departments).map(toNode);
  }, [departments, t]);

  return (
    <Tree
      treeData={treeData}
      blockNode
      showLine={{ showLeafIcon: false }}
      defaultExpandAll
      selectedKeys={selectedId === null ? [] : [selectedId]}
      onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
    />
  );
}
