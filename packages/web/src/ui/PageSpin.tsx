import { Flex, Spin } from 'antd';

/** A spinner in the content area while a page or its data loads. */
export function PageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 320 }}>
      <Spin />
    </Flex>
  );
}
