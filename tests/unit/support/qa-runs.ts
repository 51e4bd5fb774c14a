import { memoryDataset } from './memory-dataset';

/**
 * A small retrieval QA eval (two questions answered by two models with two retrievers), the
 * dataset the chart-kind and summary-table tests work their expectations out from by hand.
 */
export const QA_RUNS = memoryDataset(
  'qa/runs',
  `question,model,retriever,faithful,helpfulness,cost_usd
q1,A,bm25,1,4,0.01
q2,A,bm25,0,3,0.01
q1,A,hybrid,1,5,0.02
q2,A,hybrid,1,4,0.02
q1,B,bm25,0,2,0.10
q2,B,bm25,0,3,0.10
q1,B,hybrid,1,3,0.20
q2,B,hybrid,0,4,0.20`,
);
