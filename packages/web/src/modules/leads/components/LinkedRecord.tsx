import { Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useRecord } from '../../records/hooks/useRecord.ts';

/** A link to a record by its name; `#id` when the viewer may not read it. */
export function LinkedRecord({ object, id }: { object: string; id: number }) {
  const record = useRecord(object, id);
  const name = record.data?.name ? String(record.data.name) : `#${id}`;
  if (record.isError) return <Typography.Text type="secondary">{name}</Typography.Text>;
  return <Link to={`/o/${object}/${id}`}>{name}</Link>;
}
