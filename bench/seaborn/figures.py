"""The reference write-up's figure pipeline, for timing against `npm run figures` side by side.

The original blog drew its six figures with pandas and seaborn into PNGs. This script does the
same job on the same inputs (a harness-bench folder: runs.csv and models.csv) so that
bench/figures-vs-seaborn.ts can time both cold, one after the other:

    /usr/bin/python3 bench/seaborn/figures.py DATA_DIR OUT_DIR

It needs Debian's python3-seaborn (pandas, matplotlib). Nothing in the site uses it.
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402


def pareto(points):
    """Cells no other cell beats on both time (lower) and pass rate (higher)."""
    best = []
    for _, p in points.sort_values(["time", "rate"], ascending=[True, False]).iterrows():
        if not best or p["rate"] > best[-1]["rate"]:
            best.append(p)
    return pd.DataFrame(best)


def main(data, out):
    os.makedirs(out, exist_ok=True)
    sns.set_theme(style="whitegrid")
    runs = pd.read_csv(os.path.join(data, "runs.csv"))
    models = pd.read_csv(os.path.join(data, "models.csv"))
    q4 = runs[runs["sweep"] == "q4"]

    def save(fig, name):
        fig.tight_layout()
        fig.savefig(os.path.join(out, f"{name}.png"), dpi=150)
        plt.close(fig)

    tasks = runs.groupby("task")["passed"].mean().sort_values().reset_index()
    fig, ax = plt.subplots(figsize=(8, 6))
    sns.barplot(data=tasks, y="task", x="passed", ax=ax, color="#4c72b0")
    ax.set(xlabel="Pass rate", ylabel="", title="Task difficulty")
    save(fig, "task_difficulty")

    cells = runs.groupby(["model", "quant", "harness"]).agg(rate=("passed", "mean"), time=("agent_time_s", "mean")).reset_index()
    fig, ax = plt.subplots(figsize=(9, 6))
    sns.scatterplot(data=cells, x="time", y="rate", hue="model", style="harness", ax=ax)
    front = pareto(cells)
    ax.step(front["time"], front["rate"], where="post", color="black", linestyle="--")
    ax.set(xscale="log", xlabel="Avg time per task (s)", ylabel="Pass rate", title="Speed vs accuracy")
    ax.legend(fontsize=6, ncol=2)
    save(fig, "speed_vs_accuracy")

    per_model = q4.groupby("model")["passed"].mean().reset_index().merge(models, on="model")
    fig, ax = plt.subplots(figsize=(8, 6))
    sns.scatterplot(data=per_model, x="total_params_b", y="passed", size="active_params_b", hue="family", sizes=(40, 400), ax=ax)
    ax.set(xlabel="Total parameters (B)", ylabel="Pass rate", title="Size vs pass rate")
    save(fig, "size_vs_pass_rate")

    harnesses = q4.groupby("harness")["passed"].mean().sort_values(ascending=False).reset_index()
    fig, ax = plt.subplots(figsize=(7, 4))
    sns.barplot(data=harnesses, x="harness", y="passed", ax=ax, color="#4c72b0")
    ax.set(xlabel="", ylabel="Pass rate", title="Harness ranking (Q4)")
    save(fig, "harness_ranking")

    grid = q4.pivot_table(index="model", columns="harness", values="passed", aggfunc="mean")
    fig, ax = plt.subplots(figsize=(9, 6))
    sns.heatmap(grid, annot=True, fmt=".2f", cmap="viridis", ax=ax)
    ax.set(title="Pass rate per model and harness (Q4)")
    save(fig, "model_harness_heatmap")

    by_sweep = runs.groupby(["model", "sweep"])["passed"].mean().unstack()
    paired = by_sweep.dropna()
    fig, ax = plt.subplots(figsize=(6, 6))
    for model, row in paired.iterrows():
        ax.plot([0, 1], [row["q4"], row["q8"]], marker="o")
        ax.annotate(model, (1, row["q8"]), fontsize=7, xytext=(4, 0), textcoords="offset points")
    ax.set(xticks=[0, 1], xticklabels=["Q4", "Q8"], ylabel="Pass rate", title="Q4 vs Q8")
    save(fig, "q4_vs_q8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: figures.py DATA_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
