import { Flex, Spin } from 'antd';

/** A centred spinner filling the viewport, while the session loads. */
export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}
